package org.corroborate.figure;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Someone saved the figure after it was loaded: the save is refused, nothing changed. Carries the figure as it
 * is now, so that the person can compare it with theirs and save over it or discard theirs.
 */
public class StaleFigureException extends OptimisticLockingFailureException {

    private final FigureValue current;

    public StaleFigureException(FigureValue current) {
        super("Figure " + current.figureId() + " was saved by someone else (now version " + current.version() + ")");
        this.current = current;
    }

    public FigureValue current() {
        return current;
    }
}
