package io.pytopus.reef;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Public profiles from PostgreSQL (the truth): only octopuses that are public and still in their
 * owner's care, whoever asks. The search module indexes them and checks its hits against them.
 */
public interface ReefProfiles {

    /** The profiles of those of {@code petIds} that are in the reef, in no particular order. */
    List<ReefProfile> profiles(Collection<UUID> petIds);

    /**
     * Up to {@code limit} profiles with pet ids greater than {@code afterId} (from the first when
     * {@code null}), in pet id order: keyset paging for a reindex.
     */
    List<ReefProfile> after(@Nullable UUID afterId, int limit);

    /**
     * The {@link ReefProfile#version() profile version} of each of {@code petIds} that still exists,
     * in the reef or not: a pet that left the reef is removed from the index at this version, so an
     * older copy written later cannot bring it back.
     */
    Map<UUID, Long> versions(Collection<UUID> petIds);

    /** How many octopuses the reef holds. */
    long count();
}
