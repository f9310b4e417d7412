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

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.sendero.cli.JsonOutput;
import org.sendero.core.content.Course;
import org.sendero.core.content.Lesson;
import org.sendero.core.content.LocalizedText;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Question;
import org.sendero.core.content.Quiz;
import org.sendero.core.quiz.Response;
import org.sendero.progress.Attempt;
import org.sendero.progress.Completion;
import org.sendero.progress.Learner;
import org.sendero.progress.LessonState;
import org.sendero.progress.PracticeAnswer;
import org.sendero.progress.QuizRef;
import org.sendero.progress.RecordedAnswer;

/**
 * Builds xAPI 1.0.3 statements. Every statement's id is derived from the id of the row it reports
 * (a random UUID stored with the row) and its verb, so exporting twice gives the same ids and a
 * Learning Record Store that already has a statement does not store it again. A statement is
 * written only for what can no longer change (a lesson opened, an answer, a practice answer, a
 * finished attempt, a completion), so the same id never carries different content. Each statement is a Gson tree whose
 * keys keep the order they were added in, so that the written text is stable too.
 */
public final class XapiStatements {

    public static final String VERSION = "1.0.3";
    private static final String VERBS = "http://adlnet.gov/expapi/verbs/";
    private static final String ACTIVITY_TYPES = "http://adlnet.gov/expapi/activities/";
    /**
     * The context extension that marks a practice answer, the same in every office so that reports
     * can find practice; its value says which boxes the answer moved the item between.
     */
    public static final String PRACTICE_EXTENSION = "https://sendero.invalid/xapi/extensions/practice";

    private final URI homePage;
    private final List<Pack> packs;

    public XapiStatements(URI homePage, List<Pack> packs) {
        this.homePage = homePage.toString().endsWith("/") ? homePage : URI.create(homePage + "/");
        this.packs = List.copyOf(packs);
    }

    public JsonObject lessonExperienced(Learner learner, LessonState lesson) {
        JsonObject statement = statement(lesson.id(), "experienced", learner,
                lessonActivity(lesson), lesson.firstOpened());
        statement.add("context", context(Optional.empty(), lesson.lang(),
                List.of(moduleActivity(lesson.lesson().packId(), lesson.lesson().courseId(),
                        lesson.lesson().moduleId())),
                List.of(courseActivity(lesson.lesson().packId(), lesson.lesson().courseId()),
                        packActivity(lesson.lesson().packId()))));
        return statement;
    }

    public JsonObject lessonCompleted(Learner learner, LessonState lesson) {
        JsonObject statement = statement(lesson.id(), "completed", learner, lessonActivity(lesson),
                lesson.read().orElseThrow());
        JsonObject result = new JsonObject();
        result.addProperty("completion", true);
        statement.add("result", result);
        statement.add("context", context(Optional.empty(), lesson.lang(),
                List.of(moduleActivity(lesson.lesson().packId(), lesson.lesson().courseId(),
                        lesson.lesson().moduleId())),
                List.of(courseActivity(lesson.lesson().packId(), lesson.lesson().courseId()),
                        packActivity(lesson.lesson().packId()))));
        return statement;
    }

    public JsonObject answered(Learner learner, Attempt attempt, RecordedAnswer answer) {
        JsonObject statement = statement(answer.id(), "answered", learner,
                itemActivity(attempt.quiz(), answer.itemId()),
                answer.answered());
        statement.add("result", itemResult(answer.credit(), answer.response(), answer.duration()));
        statement.add("context", context(Optional.of(attempt.id()), attempt.quiz().lang(),
                List.of(quizActivity(attempt.quiz())),
                List.of(moduleActivity(attempt.quiz().packId(), attempt.quiz().courseId(), attempt.quiz().moduleId()),
                        courseActivity(attempt.quiz().packId(), attempt.quiz().courseId()),
                        packActivity(attempt.quiz().packId()))));
        return statement;
    }

    /**
     * A practice answer: "answered" like a quiz answer, told apart by the {@link #PRACTICE_EXTENSION}
     * context extension, with the practice session as registration.
     */
    public JsonObject practiced(Learner learner, PracticeAnswer answer) {
        QuizRef quiz = answer.quiz();
        JsonObject statement = statement(answer.id(), "answered", learner, itemActivity(quiz, answer.itemId()),
                answer.answered());
        statement.add("result", itemResult(answer.credit(), answer.response(), answer.duration()));
        JsonObject context = context(Optional.of(answer.sessionId()), quiz.lang(), List.of(quizActivity(quiz)),
                List.of(moduleActivity(quiz.packId(), quiz.courseId(), quiz.moduleId()),
                        courseActivity(quiz.packId(), quiz.courseId()), packActivity(quiz.packId())));
        JsonObject practice = new JsonObject();
        practice.addProperty("box_before", answer.boxBefore());
        practice.addProperty("box_after", answer.boxAfter());
        JsonObject extensions = new JsonObject();
        extensions.add(PRACTICE_EXTENSION, practice);
        context.add("extensions", extensions);
        statement.add("context", context);
        return statement;
    }

    private static JsonObject itemResult(double credit, Response response, Duration duration) {
        JsonObject score = new JsonObject();
        score.add("scaled", JsonOutput.number(credit));
        score.add("raw", JsonOutput.number(credit));
        score.addProperty("min", 0);
        score.addProperty("max", 1);
        JsonObject result = new JsonObject();
        result.add("score", score);
        result.addProperty("success", credit == 1.0);
        result.addProperty("response", response.encode());
        result.addProperty("duration", duration(duration));
        return result;
    }

    /** Passed or failed, for a finished attempt. */
    public JsonObject judged(Learner learner, Attempt attempt) {
        boolean passed = attempt.passed().orElseThrow();
        JsonObject statement = statement(attempt.id(), passed ? "passed" : "failed", learner,
                quizActivity(attempt.quiz()), attempt.finished().orElseThrow());
        double scaled = attempt.scaled().orElseThrow();
        JsonObject score = new JsonObject();
        score.add("scaled", JsonOutput.number(scaled));
        score.add("raw", JsonOutput.number(Math.round(scaled * 1000) / 10.0));
        score.addProperty("min", 0);
        score.addProperty("max", 100);
        JsonObject result = new JsonObject();
        result.add("score", score);
        result.addProperty("success", passed);
        result.addProperty("completion", true);
        result.addProperty("duration", duration(attempt.duration()));
        statement.add("result", result);
        statement.add("context", context(Optional.of(attempt.id()), attempt.quiz().lang(),
                List.of(moduleActivity(attempt.quiz().packId(), attempt.quiz().courseId(), attempt.quiz().moduleId())),
                List.of(courseActivity(attempt.quiz().packId(), attempt.quiz().courseId()),
                        packActivity(attempt.quiz().packId()))));
        return statement;
    }

    public JsonObject completed(Learner learner, Completion completion) {
        JsonObject object = completion.moduleId()
                .map(module -> moduleActivity(completion.packId(), completion.courseId(), module))
                .orElseGet(() -> courseActivity(completion.packId(), completion.courseId()));
        JsonObject statement = statement(completion.id(), "completed", learner, object, completion.completed());
        JsonObject result = new JsonObject();
        result.addProperty("completion", true);
        statement.add("result", result);
        List<JsonObject> parent = completion.moduleId().isPresent()
                ? List.of(courseActivity(completion.packId(), completion.courseId()))
                : List.of(packActivity(completion.packId()));
        List<JsonObject> grouping = completion.moduleId().isPresent() ? List.of(packActivity(completion.packId()))
                : List.of();
        statement.add("context", context(Optional.empty(), null, parent, grouping));
        return statement;
    }

    /** The statement id: a name-based UUID of the verb and the row's own random UUID. */
    public static String statementId(String verb, String rowId) {
        return UUID.nameUUIDFromBytes(("sendero-statement:" + verb + ":" + rowId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private JsonObject statement(String rowId, String verb, Learner learner, JsonObject object,
            Instant timestamp) {
        JsonObject statement = new JsonObject();
        statement.addProperty("id", statementId(verb, rowId));
        statement.add("actor", actor(learner));
        JsonObject verbObject = new JsonObject();
        verbObject.addProperty("id", VERBS + verb);
        JsonObject display = new JsonObject();
        display.addProperty("en-US", verb);
        verbObject.add("display", display);
        statement.add("verb", verbObject);
        statement.add("object", object);
        statement.addProperty("timestamp", timestamp.toString());
        statement.addProperty("version", VERSION);
        return statement;
    }

    private JsonObject actor(Learner learner) {
        JsonObject account = new JsonObject();
        account.addProperty("homePage", homePage.toString());
        account.addProperty("name", learner.id());
        JsonObject actor = new JsonObject();
        actor.addProperty("objectType", "Agent");
        actor.addProperty("name", learner.name());
        actor.add("account", account);
        return actor;
    }

    private JsonObject context(Optional<String> registration, String language, List<JsonObject> parent,
            List<JsonObject> grouping) {
        JsonObject context = new JsonObject();
        registration.ifPresent(id -> context.addProperty("registration", id));
        JsonObject activities = new JsonObject();
        if (!parent.isEmpty()) {
            activities.add("parent", array(parent));
        }
        if (!grouping.isEmpty()) {
            activities.add("grouping", array(grouping));
        }
        context.add("contextActivities", activities);
        context.addProperty("platform", "Sendero");
        if (language != null) {
            context.addProperty("language", language);
        }
        return context;
    }

    private static JsonArray array(List<JsonObject> activities) {
        JsonArray array = new JsonArray(activities.size());
        activities.forEach(array::add);
        return array;
    }

    /** A language map, in the order of the text's own map. */
    private static JsonObject names(Map<String, String> byLanguage) {
        JsonObject names = new JsonObject();
        byLanguage.forEach(names::addProperty);
        return names;
    }

    /** ISO 8601, to the hundredth of a second as xAPI keeps it. */
    static String duration(Duration duration) {
        return Duration.ofMillis(duration.toMillis() / 10 * 10).toString();
    }

    private JsonObject packActivity(String packId) {
        Optional<Pack> pack = pack(packId);
        return activity("pack/" + segment(packId), "course", pack.map(p -> p.info().title()));
    }

    private JsonObject courseActivity(String packId, String courseId) {
        return activity("pack/" + segment(packId) + "/course/" + segment(courseId), "course",
                course(packId, courseId).map(Course::title));
    }

    private JsonObject moduleActivity(String packId, String courseId, String moduleId) {
        return activity("pack/" + segment(packId) + "/course/" + segment(courseId) + "/module/" + segment(moduleId),
                "module",
                module(packId, courseId, moduleId).map(Module::title));
    }

    private JsonObject lessonActivity(LessonState state) {
        var lesson = state.lesson();
        Optional<LocalizedText> title = module(lesson.packId(), lesson.courseId(), lesson.moduleId())
                .map(m -> titles(m.lessons().stream().filter(l -> l.id().equals(lesson.lessonId())).toList()))
                .filter(text -> !text.byLanguage().isEmpty());
        return activity("pack/" + segment(lesson.packId()) + "/course/" + segment(lesson.courseId()) + "/module/"
                + segment(lesson.moduleId()) + "/lesson/" + segment(lesson.lessonId()), "lesson", title);
    }

    private JsonObject quizActivity(QuizRef quiz) {
        Optional<LocalizedText> title = module(quiz.packId(), quiz.courseId(), quiz.moduleId())
                .flatMap(m -> m.quiz(quiz.lang())).map(Quiz::title);
        return activity(quizPath(quiz), "assessment", title);
    }

    private JsonObject itemActivity(QuizRef quiz, String itemId) {
        Optional<Question> question = module(quiz.packId(), quiz.courseId(), quiz.moduleId())
                .flatMap(m -> m.quiz(quiz.lang()))
                .flatMap(q -> q.items().stream().filter(i -> i.id().equals(itemId)).findFirst());
        JsonObject activity = activity(quizPath(quiz) + "/item/" + segment(itemId), "cmi.interaction",
                question.map(q -> LocalizedText.of(quiz.lang(), q.prompt())));
        JsonObject definition = activity.getAsJsonObject("definition");
        question.ifPresent(q -> definition.addProperty("interactionType", interactionType(q)));
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

    private static String quizPath(QuizRef quiz) {
        return "pack/" + segment(quiz.packId()) + "/course/" + segment(quiz.courseId()) + "/module/"
                + segment(quiz.moduleId()) + "/quiz/" + segment(quiz.quizId());
    }

    private JsonObject activity(String path, String type, Optional<LocalizedText> name) {
        JsonObject definition = new JsonObject();
        definition.addProperty("type", ACTIVITY_TYPES + type);
        name.filter(text -> !text.byLanguage().isEmpty())
                .ifPresent(text -> definition.add("name", names(text.byLanguage())));
        JsonObject activity = new JsonObject();
        activity.addProperty("objectType", "Activity");
        activity.addProperty("id", homePage + "xapi/activities/" + path);
        activity.add("definition", definition);
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
        return course(packId, courseId)
                .flatMap(c -> c.modules().stream().filter(m -> m.id().equals(moduleId)).findFirst());
    }
}
