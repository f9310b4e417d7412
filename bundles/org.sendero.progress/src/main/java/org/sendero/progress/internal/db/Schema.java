package org.sendero.progress.internal.db;

import java.util.List;

/**
 * The database's schema as forward migrations: migration N (1-based) takes a database from
 * {@code PRAGMA user_version} N-1 to N. A released migration is never edited; a change is a new
 * migration at the end.
 */
public record Schema(List<List<String>> migrations) {

    public Schema {
        migrations = migrations.stream().map(List::copyOf).toList();
    }

    public int version() {
        return migrations.size();
    }

    /** The schema of this version of Sendero. */
    public static final Schema CURRENT = new Schema(List.of(version1(), version2(), version3(), version4(),
            version5()));

    private static List<String> version1() {
        return List.of("""
                CREATE TABLE learner (
                  id TEXT PRIMARY KEY,
                  name TEXT NOT NULL,
                  name_key TEXT NOT NULL UNIQUE,
                  created INTEGER NOT NULL,
                  pin_hash BLOB,
                  pin_salt BLOB,
                  pin_iterations INTEGER,
                  failed_pins INTEGER NOT NULL DEFAULT 0,
                  retry_after INTEGER
                )""", """
                CREATE TABLE lesson_progress (
                  id TEXT NOT NULL UNIQUE,
                  learner_id TEXT NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
                  pack_id TEXT NOT NULL,
                  course_id TEXT NOT NULL,
                  module_id TEXT NOT NULL,
                  lesson_id TEXT NOT NULL,
                  lang TEXT NOT NULL,
                  first_opened INTEGER NOT NULL,
                  last_opened INTEGER NOT NULL,
                  position INTEGER NOT NULL DEFAULT 0,
                  read_at INTEGER,
                  PRIMARY KEY (learner_id, pack_id, course_id, module_id, lesson_id)
                )""", """
                CREATE TABLE attempt (
                  id TEXT PRIMARY KEY,
                  learner_id TEXT NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
                  pack_id TEXT NOT NULL,
                  course_id TEXT NOT NULL,
                  module_id TEXT NOT NULL,
                  quiz_id TEXT NOT NULL,
                  lang TEXT NOT NULL,
                  seed INTEGER NOT NULL,
                  started INTEGER NOT NULL,
                  finished INTEGER,
                  scaled REAL,
                  passed INTEGER,
                  duration_ms INTEGER NOT NULL DEFAULT 0
                )""",
                "CREATE INDEX attempt_by_quiz ON attempt (learner_id, pack_id, quiz_id)", """
                        CREATE TABLE answer (
                          id TEXT PRIMARY KEY,
                          attempt_id TEXT NOT NULL REFERENCES attempt(id) ON DELETE CASCADE,
                          item_id TEXT NOT NULL,
                          response TEXT NOT NULL,
                          credit REAL NOT NULL,
                          answered INTEGER NOT NULL,
                          duration_ms INTEGER NOT NULL,
                          UNIQUE (attempt_id, item_id)
                        )""", """
                        CREATE TABLE completion (
                          id TEXT NOT NULL UNIQUE,
                          learner_id TEXT NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
                          pack_id TEXT NOT NULL,
                          course_id TEXT NOT NULL,
                          module_id TEXT NOT NULL,
                          completed INTEGER NOT NULL,
                          PRIMARY KEY (learner_id, pack_id, course_id, module_id)
                        )""");
    }

    /** The time spent reading each lesson, in milliseconds, added up. */
    private static List<String> version2() {
        return List.of("ALTER TABLE lesson_progress ADD COLUMN reading_ms INTEGER NOT NULL DEFAULT 0");
    }

    /**
     * The learners' bookmarks and highlights with their notes. The quote and a little text around
     * it find the place again when the document has changed; the key includes the learner, so
     * that a note imported for one learner never replaces another's.
     */
    private static List<String> version3() {
        return List.of("""
                CREATE TABLE note (
                  id TEXT NOT NULL,
                  learner_id TEXT NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
                  pack_id TEXT NOT NULL,
                  kind TEXT NOT NULL CHECK (kind IN ('lesson', 'guidance')),
                  document_id TEXT NOT NULL,
                  lang TEXT NOT NULL,
                  anchor TEXT NOT NULL DEFAULT '',
                  quote TEXT NOT NULL DEFAULT '',
                  before_text TEXT NOT NULL DEFAULT '',
                  after_text TEXT NOT NULL DEFAULT '',
                  body TEXT NOT NULL DEFAULT '',
                  created INTEGER NOT NULL,
                  updated INTEGER NOT NULL,
                  PRIMARY KEY (learner_id, id)
                )""", "CREATE INDEX note_by_document ON note (learner_id, pack_id, kind, document_id)");
    }

    /**
     * Practice answers, one row each, never changed: the Leitner boxes are worked out from these
     * rows and the quiz answers when read, so that there is one record of what a learner did.
     */
    private static List<String> version4() {
        return List.of("""
                CREATE TABLE practice_answer (
                  id TEXT PRIMARY KEY,
                  learner_id TEXT NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
                  session_id TEXT NOT NULL,
                  pack_id TEXT NOT NULL,
                  course_id TEXT NOT NULL,
                  module_id TEXT NOT NULL,
                  quiz_id TEXT NOT NULL,
                  lang TEXT NOT NULL,
                  item_id TEXT NOT NULL,
                  response TEXT NOT NULL,
                  credit REAL NOT NULL,
                  answered INTEGER NOT NULL,
                  duration_ms INTEGER NOT NULL
                )""", "CREATE INDEX practice_answer_by_learner ON practice_answer (learner_id, answered)");
    }

    /**
     * The outbox of xAPI statements for a Learning Record Store: one row per statement, named by
     * its verb and the row it reports (the statement id is derived from both, as in the export),
     * filled in the transaction that records the row. A row stays after it is sent, so that
     * recording the same lesson again never queues it twice. The results recorded before this
     * version are queued here, once.
     */
    private static List<String> version5() {
        return List.of("""
                CREATE TABLE outbox (
                  verb TEXT NOT NULL,
                  row_id TEXT NOT NULL,
                  learner_id TEXT NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
                  queued INTEGER NOT NULL,
                  sent INTEGER,
                  refused TEXT,
                  PRIMARY KEY (verb, row_id)
                )""", "CREATE INDEX outbox_waiting ON outbox (queued) WHERE sent IS NULL AND refused IS NULL",
                "CREATE INDEX outbox_by_learner ON outbox (learner_id)",
                "INSERT INTO outbox (verb, row_id, learner_id, queued)"
                        + " SELECT 'experienced', id, learner_id, first_opened FROM lesson_progress",
                "INSERT INTO outbox (verb, row_id, learner_id, queued)"
                        + " SELECT 'completed', id, learner_id, read_at FROM lesson_progress WHERE read_at IS NOT NULL",
                "INSERT INTO outbox (verb, row_id, learner_id, queued) SELECT 'answered', answer.id,"
                        + " attempt.learner_id, answer.answered FROM answer JOIN attempt ON attempt.id = answer.attempt_id",
                "INSERT INTO outbox (verb, row_id, learner_id, queued) SELECT CASE passed WHEN 1 THEN 'passed'"
                        + " ELSE 'failed' END, id, learner_id, finished FROM attempt WHERE finished IS NOT NULL",
                "INSERT INTO outbox (verb, row_id, learner_id, queued)"
                        + " SELECT 'completed', id, learner_id, completed FROM completion",
                "INSERT INTO outbox (verb, row_id, learner_id, queued)"
                        + " SELECT 'answered', id, learner_id, answered FROM practice_answer");
    }
}
