package org.sendero.progress.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.sendero.core.content.Course;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.progress.Completion;
import org.sendero.progress.CompletionListener;
import org.sendero.progress.CompletionService;
import org.sendero.progress.CourseProgress;
import org.sendero.progress.ModuleProgress;
import org.sendero.progress.NextStep;
import org.sendero.progress.ProgressException;
import org.sendero.progress.ProgressStore;
import org.sendero.progress.internal.completion.CompletionRules;

/** Completion over the progress store; the rules themselves are in {@link CompletionRules}. */
@Component(service = CompletionService.class)
public final class CompletionComponent implements CompletionService {

    private final ProgressStore store;
    /*
     * Listeners are bound without being created, and created at the first completion: a listener
     * (certificates) uses services that use this one, and creating it while this one is created
     * would go round in a circle.
     */
    private final List<ComponentServiceObjects<CompletionListener>> listeners = new CopyOnWriteArrayList<>();
    private final Map<ComponentServiceObjects<CompletionListener>, CompletionListener> created = new ConcurrentHashMap<>();

    @Activate
    public CompletionComponent(@Reference ProgressStore store) {
        this.store = store;
    }

    @Reference(service = CompletionListener.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(ComponentServiceObjects<CompletionListener> listener) {
        listeners.add(listener);
    }

    void removeListener(ComponentServiceObjects<CompletionListener> listener) {
        listeners.remove(listener);
        CompletionListener instance = created.remove(listener);
        if (instance != null) {
            listener.ungetService(instance);
        }
    }

    @Deactivate
    void releaseListeners() {
        created.forEach((listener, instance) -> listener.ungetService(instance));
        created.clear();
    }

    private CompletionRules rules(String learnerId) throws ProgressException {
        return new CompletionRules(store.lessons(learnerId), store.attempts(learnerId));
    }

    @Override
    public ModuleProgress module(String learnerId, String packId, Course course, Module module)
            throws ProgressException {
        return rules(learnerId).module(packId, course, module);
    }

    @Override
    public CourseProgress course(String learnerId, String packId, Course course) throws ProgressException {
        return rules(learnerId).course(packId, course);
    }

    @Override
    public List<Completion> update(String learnerId, Pack pack) throws ProgressException {
        CompletionRules rules = rules(learnerId);
        List<Completion> before = store.completions(learnerId);
        List<Completion> added = new ArrayList<>();
        for (Course course : pack.courses()) {
            CourseProgress progress = rules.course(pack.id(), course);
            for (ModuleProgress module : progress.modules()) {
                if (module.complete()) {
                    record(learnerId, pack.id(), course.id(), Optional.of(module.moduleId()), before, added);
                }
            }
            if (progress.complete() && !course.modules().isEmpty()) {
                record(learnerId, pack.id(), course.id(), Optional.empty(), before, added);
            }
        }
        if (!added.isEmpty()) {
            tell(learnerId, List.copyOf(added));
        }
        return added;
    }

    private void tell(String learnerId, List<Completion> added) {
        for (ComponentServiceObjects<CompletionListener> listener : listeners) {
            try {
                created.computeIfAbsent(listener, ComponentServiceObjects::getService).completed(learnerId, added);
            } catch (RuntimeException e) {
                System.getLogger(CompletionComponent.class.getName()).log(System.Logger.Level.ERROR,
                        "a listener failed after a completion: " + e.getMessage(), e);
            }
        }
    }

    private void record(String learnerId, String packId, String courseId, Optional<String> moduleId,
            List<Completion> before, List<Completion> added) throws ProgressException {
        boolean known = before.stream().anyMatch(c -> c.packId().equals(packId) && c.courseId().equals(courseId)
                && c.moduleId().equals(moduleId));
        if (!known) {
            added.add(store.recordCompletion(learnerId, packId, courseId, moduleId));
        }
    }

    @Override
    public NextStep next(String learnerId, List<Pack> packs) throws ProgressException {
        return rules(learnerId).next(packs);
    }
}
