package org.corroborate.evidence;

import org.springframework.data.jpa.repository.JpaRepository;

interface ToleranceSettingRepository extends JpaRepository<ToleranceSetting, Short> {
}
