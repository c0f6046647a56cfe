package app.colloquy.classroom;

import java.util.List;

/**
 * What a new teacher does first, step by step, for the home page's checklist. Each feature adds
 * its own steps (classes here, readings in the reading feature), worked out for the signed-in
 * teacher; the home page lists them in {@code order} until every one is done.
 */
public interface GettingStarted {

    /** This feature's steps for the signed-in teacher. */
    List<Step> steps();

    /** One step: what to do, whether it is done, and where to do it. */
    record Step(int order, String text, boolean done, String href) {}
}
