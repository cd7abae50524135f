package io.pytopus.pet.care;

import io.pytopus.pet.simulation.Trick;
import io.pytopus.system.WriteAlong;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Pets and their action history in PostgreSQL. The snapshot is stored as JSONB; the columns the
 * database must query (status, next attention) are copied out of it on every write.
 */
@Repository
class PetRepository {

    /** Public and still in the owner's care (the partial index pets_public_idx, V10). */
    private static final String IN_THE_REEF = "is_public AND status IN ('ACTIVE', 'ON_VACATION')";

    private final JdbcClient jdbc;
    private final SnapshotJson json;

    PetRepository(JdbcClient jdbc, SnapshotJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(PetRecord pet, Instant nextAttentionAt) {
        jdbc.sql("""
                        INSERT INTO pets (id, owner_id, name, color, species, is_public, bio, status,
                                          next_attention_at, state, action_count, version, created_at, updated_at)
                        VALUES (:id, :owner, :name, :color, :species, :public, :bio, :status,
                                :attention, CAST(:state AS jsonb), :actions, 0, :created, :updated)
                        """)
                .param("id", pet.id())
                .param("owner", pet.ownerId())
                .param("name", pet.name())
                .param("color", pet.color())
                .param("species", pet.state().species().name())
                .param("public", pet.isPublic())
                .param("bio", pet.bio())
                .param("status", pet.state().status().name())
                .param("attention", timestamp(nextAttentionAt))
                .param("state", json.write(pet.state()))
                .param("actions", pet.actionCount())
                .param("created", Timestamp.from(pet.createdAt()))
                .param("updated", Timestamp.from(pet.state().updatedAt()))
                .update();
    }

    /**
     * Writes a new snapshot if nobody else wrote since {@code pet} was read.
     *
     * @throws OptimisticLockingFailureException when the row's version moved on; the caller retries
     */
    PetRecord update(PetRecord pet, Instant nextAttentionAt) {
        int rows = jdbc.sql("""
                        UPDATE pets
                           SET name = :name, is_public = :public, bio = :bio, status = :status,
                               next_attention_at = :attention, state = CAST(:state AS jsonb),
                               action_count = :actions, version = version + 1, updated_at = :updated
                         WHERE id = :id AND version = :version
                        """)
                .param("id", pet.id())
                .param("version", pet.version())
                .param("name", pet.name())
                .param("public", pet.isPublic())
                .param("bio", pet.bio())
                .param("status", pet.state().status().name())
                .param("attention", timestamp(nextAttentionAt))
                .param("state", json.write(pet.state()))
                .param("actions", pet.actionCount())
                .param("updated", Timestamp.from(pet.state().updatedAt()))
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Pet " + pet.id() + " was changed concurrently");
        }
        return pet.withVersion(pet.version() + 1);
    }

    /**
     * Stores an applied action in one statement, so in one round trip that also commits (ADR 0028):
     * the new snapshot if nobody wrote since {@code pet} was read, the action, and whatever rides
     * along (its events, the request's idempotency record), each only if the snapshot was written.
     *
     * @param pet the pet as read, with its new state and action count
     * @throws OptimisticLockingFailureException when the row's version moved on; nothing was written
     */
    PetRecord write(PetRecord pet, Instant nextAttentionAt, StoredAction action, List<WriteAlong> along) {
        var sql = new StringBuilder("""
                WITH pet AS (
                    UPDATE pets
                       SET status = :status, next_attention_at = :attention, state = CAST(:state AS jsonb),
                           action_count = :actions, version = version + 1, updated_at = :updated
                     WHERE id = :id AND version = :version
                    RETURNING id),
                action AS (
                    INSERT INTO pet_actions (pet_id, seq, type, item, happenings, acted_at)
                    SELECT :id, :seq, :type, :item, CAST(:happenings AS jsonb), :at FROM pet)""");
        var parameters = new HashMap<String, Object>();
        parameters.put("id", pet.id());
        parameters.put("version", pet.version());
        parameters.put("status", pet.state().status().name());
        parameters.put("attention", timestamp(nextAttentionAt));
        parameters.put("state", json.write(pet.state()));
        parameters.put("actions", pet.actionCount());
        parameters.put("updated", Timestamp.from(pet.state().updatedAt()));
        parameters.put("seq", action.seq());
        parameters.put("type", action.type().name());
        parameters.put("item", action.item());
        parameters.put("happenings", json.writeHappenings(action.happenings()));
        parameters.put("at", Timestamp.from(action.actedAt()));
        for (int i = 0; i < along.size(); i++) {
            String prefix = "along" + i + "_";
            sql.append(",\n").append(along.get(i).sql("pet", prefix));
            parameters.putAll(along.get(i).parameters(prefix));
        }
        long written = jdbc.sql(sql.append("\nSELECT count(*) FROM pet").toString())
                .params(parameters)
                .query(Long.class)
                .single();
        if (written != 1) {
            throw new OptimisticLockingFailureException("Pet " + pet.id() + " was changed concurrently");
        }
        return pet.withVersion(pet.version() + 1);
    }

    Optional<PetRecord> findById(UUID id) {
        return jdbc.sql("SELECT * FROM pets WHERE id = :id")
                .param("id", id)
                .query(this::pet)
                .optional();
    }

    List<PetRecord> findByOwner(UUID ownerId) {
        return jdbc.sql("SELECT * FROM pets WHERE owner_id = :owner ORDER BY created_at")
                .param("owner", ownerId)
                .query(this::pet)
                .list();
    }

    /** The pets among {@code ids} that are public and still in their owner's care. */
    List<PetRecord> findInTheReef(Collection<UUID> ids) {
        return jdbc.sql("SELECT * FROM pets WHERE id IN (:ids) AND " + IN_THE_REEF)
                .param("ids", ids)
                .query(this::pet)
                .list();
    }

    /** Keyset page of the reef's pets in id order, after {@code afterId} (from the start if null). */
    List<PetRecord> inTheReefAfter(UUID afterId, int limit) {
        var after = afterId == null ? new UUID(0, 0) : afterId;
        return jdbc.sql("SELECT * FROM pets WHERE " + IN_THE_REEF + " AND id > :after ORDER BY id LIMIT :limit")
                .param("after", after)
                .param("limit", limit)
                .query(this::pet)
                .list();
    }

    /** The row versions of those of {@code ids} that exist. */
    Map<UUID, Long> versions(Collection<UUID> ids) {
        return jdbc
                .sql("SELECT id, version FROM pets WHERE id IN (:ids)")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getLong("version")))
                .list()
                .stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    long countInTheReef() {
        return jdbc.sql("SELECT count(*) FROM pets WHERE " + IN_THE_REEF)
                .query(Long.class)
                .single();
    }

    void insertAction(UUID petId, long seq, StoredAction action) {
        jdbc.sql("""
                        INSERT INTO pet_actions (pet_id, seq, type, item, happenings, acted_at)
                        VALUES (:pet, :seq, :type, :item, CAST(:happenings AS jsonb), :at)
                        """)
                .param("pet", petId)
                .param("seq", seq)
                .param("type", action.type().name())
                .param("item", action.item())
                .param("happenings", json.writeHappenings(action.happenings()))
                .param("at", Timestamp.from(action.actedAt()))
                .update();
    }

    /** How many training sessions of {@code trick} the pet has had (stored ones only). */
    long trainingSessions(UUID petId, Trick trick) {
        return jdbc.sql("SELECT count(*) FROM pet_actions WHERE pet_id = :pet AND type = 'TRAIN' AND item = :trick")
                .param("pet", petId)
                .param("trick", trick.name())
                .query(Long.class)
                .single();
    }

    /** The applied actions of a pet, oldest first. */
    List<StoredAction> history(UUID petId) {
        return jdbc.sql("SELECT * FROM pet_actions WHERE pet_id = :pet ORDER BY seq")
                .param("pet", petId)
                .query((rs, n) -> new StoredAction(
                        rs.getLong("seq"),
                        ActionType.valueOf(rs.getString("type")),
                        rs.getString("item"),
                        json.readHappenings(rs.getString("happenings")),
                        rs.getTimestamp("acted_at").toInstant()))
                .list();
    }

    private PetRecord pet(ResultSet rs, int row) throws SQLException {
        return new PetRecord(
                rs.getObject("id", UUID.class),
                rs.getObject("owner_id", UUID.class),
                rs.getString("name"),
                rs.getString("color"),
                rs.getBoolean("is_public"),
                rs.getString("bio"),
                json.readState(rs.getString("state")),
                rs.getLong("action_count"),
                rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
