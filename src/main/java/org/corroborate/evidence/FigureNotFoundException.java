package org.corroborate.evidence;

/** No figure with that id (deleted meanwhile, or a bad link). */
public class FigureNotFoundException extends RuntimeException {

    public FigureNotFoundException(long figureId) {
        super("No figure " + figureId);
    }
}
