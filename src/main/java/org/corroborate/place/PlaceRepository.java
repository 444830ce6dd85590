package org.corroborate.place;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlaceRepository extends JpaRepository<Place, Long> {

    Optional<Place> findByKey(String key);
}
