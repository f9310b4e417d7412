package org.sendero.reports.internal.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sendero.core.content.Course;
import org.sendero.core.content.Module;
import org.sendero.reports.CompletionMatrix;
import org.sendero.reports.CompletionState;
import org.sendero.reports.ModuleRef;
import org.sendero.reports.ReportLearner;
import org.sendero.reports.internal.read.ActivityPath;
import org.sendero.reports.internal.read.Statement;

/**
 * The completion matrix. A module is completed for a learner with a "completed" statement about the
 * module itself, in progress with any other statement inside it, else not started. The columns are
 * the modules the files mention and, when their pack is installed, the other modules of the same
 * courses (nobody started them yet), in the pack's order.
 */
public final class CompletionStates {

    private CompletionStates() {
    }

    public static CompletionMatrix of(List<Statement> statements, InstalledContent content, String language) {
        Titles titles = new Titles(statements, language);
        Map<String, ReportLearner> learners = new LinkedHashMap<>();
        Map<String, ModuleRef> modules = new LinkedHashMap<>();
        Set<String> started = new HashSet<>();
        Set<String> completed = new HashSet<>();
        for (Statement statement : statements) {
            if (statement.object().isEmpty()) {
                // another tool's activity: neither its learner nor its activities are this report's
                continue;
            }
            learners.putIfAbsent(statement.learner().key(), statement.learner());
            // context activities name the module of a lesson, an answer or an attempt
            statement.names().keySet().forEach(activity -> addModule(activity, modules, titles));
            if (statement.object().get().moduleKey().isEmpty()) {
                continue;
            }
            ActivityPath object = statement.object().get();
            addModule(object, modules, titles);
            String cell = statement.learner().key() + "\n" + object.moduleKey().get();
            started.add(cell);
            if (object.isModule() && statement.verb().equals("completed")) {
                completed.add(cell);
            }
        }
        addSiblings(modules, content, language);
        List<ReportLearner> rows = new ArrayList<>(learners.values());
        rows.sort(Comparator.comparing((ReportLearner l) -> l.name().toLowerCase(Locale.ROOT))
                .thenComparing(ReportLearner::id));
        List<ModuleRef> columns = new ArrayList<>(modules.values());
        columns.sort(Comparator.comparingInt((ModuleRef m) -> {
            int order = content.moduleOrder(m.packId(), m.courseId(), m.moduleId());
            return order < 0 ? Integer.MAX_VALUE : order;
        }).thenComparing(ModuleRef::path));
        List<List<CompletionState>> states = new ArrayList<>();
        for (ReportLearner learner : rows) {
            List<CompletionState> row = new ArrayList<>();
            for (ModuleRef module : columns) {
                String cell = learner.key() + "\n" + module.path();
                row.add(completed.contains(cell) ? CompletionState.COMPLETED
                        : started.contains(cell) ? CompletionState.IN_PROGRESS : CompletionState.NOT_STARTED);
            }
            states.add(row);
        }
        return new CompletionMatrix(rows, columns, states);
    }

    private static void addModule(ActivityPath activity, Map<String, ModuleRef> modules, Titles titles) {
        activity.moduleKey().ifPresent(key -> modules.computeIfAbsent(key, k -> {
            String pack = activity.pack();
            String course = activity.course().orElseThrow();
            String module = activity.module().orElseThrow();
            return new ModuleRef(pack, course, module, titles.of(k).orElse(module));
        }));
    }

    private static void addSiblings(Map<String, ModuleRef> modules, InstalledContent content, String language) {
        Map<String, ModuleRef> courses = new HashMap<>();
        modules.values().forEach(m -> courses.putIfAbsent(m.packId() + "/" + m.courseId(), m));
        for (ModuleRef any : courses.values()) {
            for (Course course : content.course(any.packId(), any.courseId()).stream().toList()) {
                for (Module module : course.modules()) {
                    String key = any.packId() + "/" + course.id() + "/" + module.id();
                    modules.putIfAbsent(key, new ModuleRef(any.packId(), course.id(), module.id(),
                            module.title().in(language)));
                }
            }
        }
        // an installed module's title in the language asked for beats the one the files carry
        modules.replaceAll((key, m) -> content.module(m.packId(), m.courseId(), m.moduleId())
                .map(installed -> new ModuleRef(m.packId(), m.courseId(), m.moduleId(), installed.title().in(language)))
                .filter(r -> !r.title().isBlank()).orElse(m));
    }
}
