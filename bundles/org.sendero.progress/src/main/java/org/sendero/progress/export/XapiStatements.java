package org.sendero.progress.export;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sendero.core.content.Course;
import org.sendero.core.content.Lesson;
import org.sendero.core.content.LocalizedText;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Question;
import org.sendero.core.content.Quiz;
import org.sendero.progress.Attempt;
import org.sendero.progress.Completion;
import org.sendero.progress.Learner;
import org.sendero.progress.LessonState;
import org.sendero.progress.RecordedAnswer;

/**
 * Builds xAPI 1.0.3 statements. Every statement's id is derived from the id of the row it reports
 * (a random UUID stored with the row) and its verb, so exporting twice gives the same ids and a
 * Learning Record Store that already has a statement does not store it again. A statement is
 * written only for what can no longer change (a lesson opened, an answer, a finished attempt, a
 * completion), so the same id never carries different content.
 */
public final class XapiStatements {

    public static final String VERSION = "1.0.3";
    private static final String VERBS = "http://adlnet.gov/expapi/verbs/";
    private static final String ACTIVITY_TYPES = "http://adlnet.gov/expapi/activities/";

    private final URI homePage;
    private final List<Pack> packs;

    public XapiStatements(URI homePage, List<Pack> packs) {
        this.homePage = homePage.toString().endsWith("/") ? homePage : URI.create(homePage + "/");
        this.packs = List.copyOf(packs);
    }

    public Map<String, Object> lessonExperienced(Learner learner, LessonState lesson) {
        Map<String, Object> statement = statement(lesson.id(), "experienced", learner,
                lessonActivity(lesson), lesson.firstOpened());
        statement.put("context", context(Optional.empty(), lesson.lang(),
                List.of(moduleActivity(lesson.lesson().packId(), lesson.lesson().courseId(), lesson.lesson().moduleId())),
                List.of(courseActivity(lesson.lesson().packId(), lesson.lesson().courseId()),
                        packActivity(lesson.lesson().packId()))));
        return statement;
    }

    public Map<String, Object> lessonCompleted(Learner learner, LessonState lesson) {
        Map<String, Object> statement = statement(lesson.id(), "completed", learner, lessonActivity(lesson),
                lesson.read().orElseThrow());
        Map<String, Object> result = Json.object();
        result.put("completion", true);
        statement.put("result", result);
        statement.put("context", context(Optional.empty(), lesson.lang(),
                List.of(moduleActivity(lesson.lesson().packId(), lesson.lesson().courseId(), lesson.lesson().moduleId())),
                List.of(courseActivity(lesson.lesson().packId(), lesson.lesson().courseId()),
                        packActivity(lesson.lesson().packId()))));
        return statement;
    }

    public Map<String, Object> answered(Learner learner, Attempt attempt, RecordedAnswer answer) {
        Map<String, Object> statement = statement(answer.id(), "answered", learner, itemActivity(attempt, answer.itemId()),
                answer.answered());
        Map<String, Object> score = Json.object();
        score.put("scaled", answer.credit());
        score.put("raw", answer.credit());
        score.put("min", 0);
        score.put("max", 1);
        Map<String, Object> result = Json.object();
        result.put("score", score);
        result.put("success", answer.credit() == 1.0);
        result.put("response", answer.response().encode());
        result.put("duration", duration(answer.duration()));
        statement.put("result", result);
        statement.put("context", context(Optional.of(attempt.id()), attempt.quiz().lang(), List.of(quizActivity(attempt)),
                List.of(moduleActivity(attempt.quiz().packId(), attempt.quiz().courseId(), attempt.quiz().moduleId()),
                        courseActivity(attempt.quiz().packId(), attempt.quiz().courseId()),
                        packActivity(attempt.quiz().packId()))));
        return statement;
    }

    /** Passed or failed, for a finished attempt. */
    public Map<String, Object> judged(Learner learner, Attempt attempt) {
        boolean passed = attempt.passed().orElseThrow();
        Map<String, Object> statement = statement(attempt.id(), passed ? "passed" : "failed", learner,
                quizActivity(attempt), attempt.finished().orElseThrow());
        double scaled = attempt.scaled().orElseThrow();
        Map<String, Object> score = Json.object();
        score.put("scaled", scaled);
        score.put("raw", Math.round(scaled * 1000) / 10.0);
        score.put("min", 0);
        score.put("max", 100);
        Map<String, Object> result = Json.object();
        result.put("score", score);
        result.put("success", passed);
        result.put("completion", true);
        result.put("duration", duration(attempt.duration()));
        statement.put("result", result);
        statement.put("context", context(Optional.of(attempt.id()), attempt.quiz().lang(),
                List.of(moduleActivity(attempt.quiz().packId(), attempt.quiz().courseId(), attempt.quiz().moduleId())),
                List.of(courseActivity(attempt.quiz().packId(), attempt.quiz().courseId()),
                        packActivity(attempt.quiz().packId()))));
        return statement;
    }

    public Map<String, Object> completed(Learner learner, Completion completion) {
        Map<String, Object> object = completion.moduleId()
                .map(module -> moduleActivity(completion.packId(), completion.courseId(), module))
                .orElseGet(() -> courseActivity(completion.packId(), completion.courseId()));
        Map<String, Object> statement = statement(completion.id(), "completed", learner, object, completion.completed());
        Map<String, Object> result = Json.object();
        result.put("completion", true);
        statement.put("result", result);
        List<Object> parent = completion.moduleId().isPresent()
                ? List.of(courseActivity(completion.packId(), completion.courseId()))
                : List.of(packActivity(completion.packId()));
        List<Object> grouping = completion.moduleId().isPresent() ? List.of(packActivity(completion.packId())) : List.of();
        statement.put("context", context(Optional.empty(), null, parent, grouping));
        return statement;
    }

    /** The statement id: a name-based UUID of the verb and the row's own random UUID. */
    public static String statementId(String verb, String rowId) {
        return UUID.nameUUIDFromBytes(("sendero-statement:" + verb + ":" + rowId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private Map<String, Object> statement(String rowId, String verb, Learner learner, Map<String, Object> object,
            Instant timestamp) {
        Map<String, Object> statement = Json.object();
        statement.put("id", statementId(verb, rowId));
        statement.put("actor", actor(learner));
        Map<String, Object> verbObject = Json.object();
        verbObject.put("id", VERBS + verb);
        verbObject.put("display", Map.of("en-US", verb));
        statement.put("verb", verbObject);
        statement.put("object", object);
        statement.put("timestamp", timestamp.toString());
        statement.put("version", VERSION);
        return statement;
    }

    private Map<String, Object> actor(Learner learner) {
        Map<String, Object> account = Json.object();
        account.put("homePage", homePage.toString());
        account.put("name", learner.id());
        Map<String, Object> actor = Json.object();
        actor.put("objectType", "Agent");
        actor.put("name", learner.name());
        actor.put("account", account);
        return actor;
    }

    private Map<String, Object> context(Optional<String> registration, String language, List<Object> parent,
            List<Object> grouping) {
        Map<String, Object> context = Json.object();
        registration.ifPresent(id -> context.put("registration", id));
        Map<String, Object> activities = Json.object();
        if (!parent.isEmpty()) {
            activities.put("parent", parent);
        }
        if (!grouping.isEmpty()) {
            activities.put("grouping", grouping);
        }
        context.put("contextActivities", activities);
        context.put("platform", "Sendero");
        if (language != null) {
            context.put("language", language);
        }
        return context;
    }

    /** ISO 8601, to the hundredth of a second as xAPI keeps it. */
    static String duration(Duration duration) {
        return Duration.ofMillis(duration.toMillis() / 10 * 10).toString();
    }

    private Map<String, Object> packActivity(String packId) {
        Optional<Pack> pack = pack(packId);
        return activity("pack/" + segment(packId), "course", pack.map(p -> p.info().title()));
    }

    private Map<String, Object> courseActivity(String packId, String courseId) {
        return activity("pack/" + segment(packId) + "/course/" + segment(courseId), "course",
                course(packId, courseId).map(Course::title));
    }

    private Map<String, Object> moduleActivity(String packId, String courseId, String moduleId) {
        return activity("pack/" + segment(packId) + "/course/" + segment(courseId) + "/module/" + segment(moduleId), "module",
                module(packId, courseId, moduleId).map(Module::title));
    }

    private Map<String, Object> lessonActivity(LessonState state) {
        var lesson = state.lesson();
        Optional<LocalizedText> title = module(lesson.packId(), lesson.courseId(), lesson.moduleId())
                .map(m -> titles(m.lessons().stream().filter(l -> l.id().equals(lesson.lessonId())).toList()))
                .filter(text -> !text.byLanguage().isEmpty());
        return activity("pack/" + segment(lesson.packId()) + "/course/" + segment(lesson.courseId()) + "/module/"
                + segment(lesson.moduleId()) + "/lesson/" + segment(lesson.lessonId()), "lesson", title);
    }

    private Map<String, Object> quizActivity(Attempt attempt) {
        var quiz = attempt.quiz();
        Optional<LocalizedText> title = module(quiz.packId(), quiz.courseId(), quiz.moduleId())
                .flatMap(m -> m.quiz(quiz.lang())).map(Quiz::title);
        return activity(quizPath(attempt), "assessment", title);
    }

    private Map<String, Object> itemActivity(Attempt attempt, String itemId) {
        var quiz = attempt.quiz();
        Optional<Question> question = module(quiz.packId(), quiz.courseId(), quiz.moduleId()).flatMap(m -> m.quiz(quiz.lang()))
                .flatMap(q -> q.items().stream().filter(i -> i.id().equals(itemId)).findFirst());
        Map<String, Object> activity = activity(quizPath(attempt) + "/item/" + segment(itemId), "cmi.interaction",
                question.map(q -> LocalizedText.of(quiz.lang(), q.prompt())));
        @SuppressWarnings("unchecked")
        Map<String, Object> definition = (Map<String, Object>) activity.get("definition");
        question.ifPresent(q -> definition.put("interactionType", interactionType(q)));
        return activity;
    }

    private static String interactionType(Question question) {
        return switch (question) {
            case Question.SingleChoice q -> "choice";
            case Question.MultipleResponse q -> "choice";
            case Question.TrueFalse q -> "true-false";
            case Question.ShortAnswer q -> "fill-in";
            case Question.Matching q -> "matching";
            case Question.Ordering q -> "sequencing";
            case Question.Numeric q -> "numeric";
        };
    }

    private static String quizPath(Attempt attempt) {
        var quiz = attempt.quiz();
        return "pack/" + segment(quiz.packId()) + "/course/" + segment(quiz.courseId()) + "/module/"
                + segment(quiz.moduleId()) + "/quiz/" + segment(quiz.quizId());
    }

    private Map<String, Object> activity(String path, String type, Optional<LocalizedText> name) {
        Map<String, Object> definition = Json.object();
        definition.put("type", ACTIVITY_TYPES + type);
        name.filter(text -> !text.byLanguage().isEmpty()).ifPresent(text -> definition.put("name", text.byLanguage()));
        Map<String, Object> activity = Json.object();
        activity.put("objectType", "Activity");
        activity.put("id", homePage + "xapi/activities/" + path);
        activity.put("definition", definition);
        return activity;
    }

    private static LocalizedText titles(List<Lesson> versions) {
        Map<String, String> byLanguage = new java.util.TreeMap<>();
        versions.forEach(lesson -> byLanguage.put(lesson.lang(), lesson.title()));
        return new LocalizedText(byLanguage);
    }

    private static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Optional<Pack> pack(String packId) {
        return packs.stream().filter(p -> p.id().equals(packId)).findFirst();
    }

    private Optional<Course> course(String packId, String courseId) {
        return pack(packId).flatMap(p -> p.courses().stream().filter(c -> c.id().equals(courseId)).findFirst());
    }

    private Optional<Module> module(String packId, String courseId, String moduleId) {
        return course(packId, courseId).flatMap(c -> c.modules().stream().filter(m -> m.id().equals(moduleId)).findFirst());
    }
}
