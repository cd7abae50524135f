package io.pytopus.pet;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The octopuses of the public reef, read from PostgreSQL (the truth): those their owners show and
 * that are still in their care. A private, released or escaped pet is never returned, whoever asks.
 */
public interface PublicPets {

    /** The pet if it is in the reef, through the pet cache. */
    Optional<PublicPet> find(UUID petId);

    /** Those of {@code petIds} that are in the reef, in no particular order. */
    List<PublicPet> findAll(Collection<UUID> petIds);

    /**
     * Up to {@code limit} pets of the reef with ids greater than {@code afterId} (all when {@code
     * null}), in id order: keyset paging for a full scan such as a reindex.
     */
    List<PublicPet> after(@Nullable UUID afterId, int limit);

    /**
     * The row version of each of {@code petIds} that exists, in the reef or not; it grows with every
     * stored change of the pet.
     */
    Map<UUID, Long> versions(Collection<UUID> petIds);

    /** How many pets the reef holds. */
    long count();
}
