package io.pytopus.account.internal;

import io.pytopus.account.DisplayNames;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link DisplayNames} straight from the {@code users} table. */
@Component
class AccountDirectory implements DisplayNames {

    private final JdbcClient jdbc;

    AccountDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, String> displayNamesOf(Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("SELECT id, display_name FROM users WHERE id IN (:ids)")
                .param("ids", userIds)
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("display_name")))
                .list()
                .stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
