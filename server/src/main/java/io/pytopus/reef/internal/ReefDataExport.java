package io.pytopus.reef.internal;

import io.pytopus.account.AccountDataExport;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The reef part of a user's data export: the waves and snacks they gave. */
@Component
class ReefDataExport implements AccountDataExport {

    private final ReefRepository visits;

    ReefDataExport(ReefRepository visits) {
        this.visits = visits;
    }

    @Override
    public String section() {
        return "reefVisits";
    }

    @Override
    public Object exportFor(UUID userId) {
        return visits.visitsBy(userId);
    }
}
