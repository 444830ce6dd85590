package org.corroborate.ingest;

import org.springframework.data.jpa.repository.JpaRepository;

interface FetchSettingRepository extends JpaRepository<FetchSetting, Short> {
}
