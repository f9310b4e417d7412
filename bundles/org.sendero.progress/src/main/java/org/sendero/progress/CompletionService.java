package org.sendero.progress;

import java.util.List;

import org.sendero.core.content.Course;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;

/**
 * Completion of modules and courses, and what to do next. The content is passed in, because only
 * the installed packs know which lessons and quiz a module has. A service.
 */
public interface CompletionService {

    ModuleProgress module(String learnerId, String packId, Course course, Module module) throws ProgressException;

    CourseProgress course(String learnerId, String packId, Course course) throws ProgressException;

    /**
     * Records the completion of every module and course of the pack that is complete and not yet
     * recorded; returns those newly recorded. Call it after a lesson is read or a quiz finished.
     */
    List<Completion> update(String learnerId, Pack pack) throws ProgressException;

    /**
     * The next thing to do: in the course the learner worked in last, the lesson they left unread
     * (at its position), else the first unread lesson or the quiz not yet passed of the first
     * incomplete module; then the next incomplete course; a learner who has done nothing starts at
     * the first lesson of the first course.
     */
    NextStep next(String learnerId, List<Pack> packs) throws ProgressException;
}
