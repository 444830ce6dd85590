package org.corroborate.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Every public method of every service declares who may call it: hiding a button is not protection.
 * A new service action without a rule fails here. The few exceptions are named with the reason.
 */
class ServiceRulesTest {

    /** Called before anyone is authenticated, by design. */
    private static final Set<String> OPEN_BY_DESIGN = Set.of(
            "ApiTokenService.authenticate",          // it is what authenticates an API request
            "AppUserDetailsService.loadUserByUsername" // it is what authenticates a login
    );

    @Test
    void everyPublicServiceMethodDeclaresWhoMayCallIt() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        List<String> unguarded = new ArrayList<>();
        int checked = 0;
        for (BeanDefinition definition : scanner.findCandidateComponents("org.corroborate")) {
            Class<?> service = Class.forName(definition.getBeanClassName());
            boolean classRule = service.isAnnotationPresent(PreAuthorize.class);
            for (Method method : service.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                        || method.isSynthetic()) {
                    continue;
                }
                checked++;
                String name = service.getSimpleName() + "." + method.getName();
                if (!classRule && !method.isAnnotationPresent(PreAuthorize.class) && !OPEN_BY_DESIGN.contains(name)) {
                    unguarded.add(name);
                }
            }
        }

        assertThat(checked).as("public service methods found").isGreaterThan(50);
        assertThat(unguarded).as("public service methods without @PreAuthorize").isEmpty();
    }

    /** Viewers read everything and change nothing: what a viewer may call does not write, but for these. */
    private static final Set<String> VIEWERS_MAY_WRITE = Set.of(
            "ApiTokenService.create", "ApiTokenService.revoke", // their own API tokens
            "PresenceService.at", "PresenceService.stillHere", "PresenceService.left", // being seen on a story
            "InboxService.markRead", "InboxService.markAllRead" // their own notifications
    );

    @Test
    void theRoleMatrixGivesViewersReadsOnlyAndEveryChangeToAnEditor() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        List<String> viewerWrites = new ArrayList<>();
        List<String> notForEditors = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("org.corroborate")) {
            Class<?> service = Class.forName(definition.getBeanClassName());
            for (Method method : service.getDeclaredMethods()) {
                PreAuthorize rule = method.getAnnotation(PreAuthorize.class);
                if (rule == null || !Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                String name = service.getSimpleName() + "." + method.getName();
                org.springframework.transaction.annotation.Transactional tx =
                        method.getAnnotation(org.springframework.transaction.annotation.Transactional.class);
                boolean writes = tx != null && !tx.readOnly();
                if (allows(rule.value(), Role.VIEWER) && writes && !VIEWERS_MAY_WRITE.contains(name)) {
                    viewerWrites.add(name);
                }
                if (!allows(rule.value(), Role.EDITOR) && !allows(rule.value(), Role.ADMIN)) {
                    notForEditors.add(name);
                }
            }
        }

        assertThat(viewerWrites).as("changes a viewer may make").isEmpty();
        assertThat(notForEditors).as("actions neither an editor nor an admin may take").isEmpty();
    }

    private static boolean allows(String expression, Role role) {
        var auth = org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                "someone", null, List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                        role.authority())));
        var root = new org.springframework.security.access.expression.SecurityExpressionRoot<Object>(() -> auth,
                new Object()) {
        };
        var context = new org.springframework.expression.spel.support.StandardEvaluationContext(root);
        return Boolean.TRUE.equals(new org.springframework.expression.spel.standard.SpelExpressionParser()
                .parseExpression(expression).getValue(context, Boolean.class));
    }
}
