-- The outbox of relayed events (ADR 0027). A module's change and the events it causes commit in one
-- statement or transaction; a relay sends them to RabbitMQ in batches, waits for the broker's
-- confirms once per batch, and marks the batch completed in one statement. Delivery is at least once.
--
-- Replaces Spring Modulith's event_publication for relayed events: that registry wrote a row per
-- event and then two autocommit updates per event (processing, completed), each with its own fsync.
CREATE TABLE outbox (
    id            UUID        NOT NULL PRIMARY KEY, -- the event id: the AMQP message-id, consumers dedupe on it
    exchange      TEXT        NOT NULL,
    routing_key   TEXT        NOT NULL,
    event_type    TEXT        NOT NULL,             -- the event's simple class name: the AMQP type
    payload       TEXT        NOT NULL,             -- the event as JSON, sent as it is
    trace_parent  TEXT,                             -- W3C traceparent of the request that caused it
    occurred_at   TIMESTAMPTZ NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- A relay owns a pending event until then; the writing process claims its own events at once and
    -- sends them from memory, so other processes only pick up what it could not send in time.
    claimed_until TIMESTAMPTZ,
    attempts      INT         NOT NULL DEFAULT 0,
    completed_at  TIMESTAMPTZ                       -- confirmed by the broker; purged after a while
);

-- Only pending events are looked up by the relay; completed ones are kept a short while for
-- operators and tests, and purged by age.
CREATE INDEX outbox_pending_idx ON outbox (created_at) WHERE completed_at IS NULL;
CREATE INDEX outbox_completed_idx ON outbox (completed_at) WHERE completed_at IS NOT NULL;

-- Whatever Spring Modulith's registry still held for relayed events moves over, so nothing waiting
-- for the broker is lost by the upgrade. (The registry stays for in-process module listeners.)
-- Its serialized events are the same JSON the relay sends; the routing comes from each event type.
INSERT INTO outbox (id, exchange, routing_key, event_type, payload, occurred_at, created_at)
SELECT coalesce(CAST(p.serialized_event::jsonb ->> 'eventId' AS uuid), p.id),
       r.exchange, r.routing_key, r.simple_name, p.serialized_event,
       coalesce(CAST(p.serialized_event::jsonb ->> 'occurredAt' AS timestamptz), p.publication_date),
       p.publication_date
  FROM event_publication p
  JOIN (VALUES ('io.pytopus.pet.PetHatched', 'pytopus.events', 'pet.hatched', 'PetHatched'),
               ('io.pytopus.pet.CareGiven', 'pytopus.events', 'pet.care-given', 'CareGiven'),
               ('io.pytopus.pet.StageReached', 'pytopus.events', 'pet.stage-reached', 'StageReached'),
               ('io.pytopus.pet.TrickLearned', 'pytopus.events', 'pet.trick-learned', 'TrickLearned'),
               ('io.pytopus.pet.PetFellSick', 'pytopus.events', 'pet.fell-sick', 'PetFellSick'),
               ('io.pytopus.pet.PetEscaped', 'pytopus.events', 'pet.escaped', 'PetEscaped'),
               ('io.pytopus.pet.PetReleased', 'pytopus.events', 'pet.released', 'PetReleased'),
               ('io.pytopus.pet.PetProfileChanged', 'pytopus.events', 'pet.profile-changed', 'PetProfileChanged'),
               ('io.pytopus.journal.JournalEntryWritten', 'pytopus.events', 'journal.entry-written', 'JournalEntryWritten'),
               ('io.pytopus.achievement.AchievementUnlocked', 'pytopus.events', 'achievement.unlocked', 'AchievementUnlocked'),
               ('io.pytopus.notification.NotificationPosted', 'pytopus.events', 'notification.posted', 'NotificationPosted'),
               ('io.pytopus.reef.PetWaved', 'pytopus.events', 'reef.pet-waved', 'PetWaved'),
               ('io.pytopus.reef.SnackGiven', 'pytopus.events', 'reef.snack-given', 'SnackGiven'),
               ('io.pytopus.notification.email.WeeklyDigestDue', 'pytopus.jobs', 'notification.weekly-digest', 'WeeklyDigestDue'))
       AS r (event_type, exchange, routing_key, simple_name) ON r.event_type = p.event_type
 WHERE p.completion_date IS NULL
ON CONFLICT (id) DO NOTHING;

DELETE FROM event_publication p
 WHERE p.completion_date IS NULL
   AND EXISTS (SELECT 1 FROM outbox o WHERE o.payload = p.serialized_event);
