package org.sendero.reports.internal.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.sendero.core.content.Question;
import org.sendero.reports.QuestionStats;
import org.sendero.reports.ReportData;
import org.sendero.reports.internal.read.ActivityPath;
import org.sendero.reports.internal.read.Statement;

/**
 * Difficulty and discrimination of every quiz item answered in the files.
 *
 * <p>An attempt's score is the scaled score of its "passed" or "failed" statement; an attempt not
 * finished has none, and its answers are placed by the mean credit of its answers in the files
 * instead. Answers without a registration belong to no attempt: they count for difficulty but not
 * for discrimination.
 */
public final class QuestionStatistics {

    private QuestionStatistics() {
    }

    public static List<QuestionStats> of(List<Statement> statements, InstalledContent content, String language) {
        Titles titles = new Titles(statements, language);
        Map<String, Double> attemptScores = attemptScores(statements);
        Map<String, List<Statement>> byItem = new LinkedHashMap<>();
        for (Statement statement : statements) {
            if (statement.verb().equals("answered") && statement.object().filter(ActivityPath::isItem).isPresent()) {
                byItem.computeIfAbsent(statement.object().get().itemKey(), key -> new ArrayList<>()).add(statement);
            }
        }
        List<QuestionStats> questions = new ArrayList<>();
        byItem.forEach((key, answers) -> questions.add(stats(answers, attemptScores, content, titles, language)));
        questions.sort(Comparator.comparingInt((QuestionStats q) -> {
            int order = content.moduleOrder(q.packId(), q.courseId(), q.moduleId());
            return order < 0 ? Integer.MAX_VALUE : order;
        }).thenComparing(q -> q.packId() + "/" + q.courseId() + "/" + q.moduleId() + "/" + q.quizId())
                .thenComparingInt(q -> itemOrder(q, content, language)).thenComparing(QuestionStats::itemId));
        return questions;
    }

    /** The items most often answered wrong: lowest share right first, then the most answered. */
    public static List<QuestionStats> mostMissed(List<QuestionStats> questions) {
        return questions.stream().filter(q -> q.wrong() > 0)
                .sorted(Comparator.comparingDouble(QuestionStats::difficulty)
                        .thenComparing(Comparator.comparingInt(QuestionStats::wrong).reversed())
                        .thenComparing(QuestionStats::activityId))
                .limit(ReportData.MOST_MISSED).toList();
    }

    private static QuestionStats stats(List<Statement> answers, Map<String, Double> attemptScores,
            InstalledContent content, Titles titles, String language) {
        ActivityPath item = answers.get(0).object().orElseThrow();
        String pack = item.pack();
        String course = item.course().orElseThrow();
        String module = item.module().orElseThrow();
        String quiz = item.quiz().orElseThrow();
        String itemId = item.item().orElseThrow();
        int correct = (int) answers.stream().filter(Statement::correct).count();
        List<UpperLowerIndex.Placed> placed = new ArrayList<>();
        for (Statement answer : answers) {
            answer.registration().map(attemptScores::get)
                    .ifPresent(score -> placed.add(new UpperLowerIndex.Placed(score, answer.correct())));
        }
        OptionalDouble discrimination = UpperLowerIndex.of(placed);
        Optional<Question> installed = content.item(pack, course, module, quiz, itemId, language);
        String title = titles.of(item.key()).or(() -> installed.map(Question::prompt)).orElse(itemId);
        Optional<String> ref = installed.flatMap(q -> q.common().ref()).map(Object::toString);
        Optional<String> refTitle = installed.flatMap(q -> q.common().ref())
                .flatMap(link -> content.refTitle(pack, link, language));
        return new QuestionStats(answers.get(0).objectId(), pack, course, module, quiz, itemId, title, answers.size(),
                correct, (double) correct / answers.size(), discrimination, ref, refTitle);
    }

    /** Each attempt's score: its judged score, else the mean credit of its answers. */
    private static Map<String, Double> attemptScores(List<Statement> statements) {
        Map<String, Double> judged = new HashMap<>();
        Map<String, double[]> credits = new HashMap<>();
        for (Statement statement : statements) {
            if (statement.registration().isEmpty() || statement.scaled().isEmpty()) {
                continue;
            }
            String attempt = statement.registration().get();
            if (statement.verb().equals("passed") || statement.verb().equals("failed")) {
                judged.put(attempt, statement.scaled().getAsDouble());
            } else if (statement.verb().equals("answered")) {
                double[] sum = credits.computeIfAbsent(attempt, a -> new double[2]);
                sum[0] += statement.scaled().getAsDouble();
                sum[1]++;
            }
        }
        Map<String, Double> scores = new HashMap<>();
        credits.forEach((attempt, sum) -> scores.put(attempt, sum[0] / sum[1]));
        scores.putAll(judged);
        return scores;
    }

    private static int itemOrder(QuestionStats q, InstalledContent content, String language) {
        return content.module(q.packId(), q.courseId(), q.moduleId())
                .flatMap(m -> m.quizzes().stream().filter(z -> z.id().equals(q.quizId())).findFirst())
                .map(z -> z.items().stream().map(Question::id).toList().indexOf(q.itemId()))
                .filter(i -> i >= 0).orElse(Integer.MAX_VALUE);
    }
}
