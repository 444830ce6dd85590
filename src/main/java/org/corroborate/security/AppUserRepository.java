package org.corroborate.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    @Query("select u from AppUser u where lower(u.username) in :lowered")
    List<AppUser> findByLowerUsernames(Collection<String> lowered);

    @Query("select lower(u.username) from AppUser u where u.enabled order by lower(u.username)")
    List<String> findEnabledLowerUsernames();

    @Query("""
            select new org.corroborate.security.UserName(u.username, u.displayName) from AppUser u
            where u.enabled and u.role in :roles order by u.displayName, u.username""")
    List<UserName> findEnabledWithRoles(Collection<Role> roles);

    @Query("select u.username from AppUser u where u.enabled and u.role = :role order by u.username")
    List<String> findEnabledUsernamesWithRole(Role role);
}
