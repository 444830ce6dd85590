package org.corroborate.story;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corroborate.figure.FigureService;
import org.corroborate.figure.FigureService.AttributedInWords;
import org.corroborate.source.SourceChanged;
import org.corroborate.source.SourceService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A figure whose attribution no registered source matched keeps the story's words ("selon le ministère de
 * l'Intérieur"); when a source is registered, or given a name or alias, that those words name, the figure is attributed
 * to it, in the same transaction, as a recorded change (walker F24: "Register this source" left the figure
 * unattributed, even with the exact alias). A published story's figures are left as they are: it is locked.
 */
@Component
class WordsToSources {

    private final FigureService figures;
    private final SourceService sources;
    private final StoryRepository stories;

    WordsToSources(FigureService figures, SourceService sources, StoryRepository stories) {
        this.figures = figures;
        this.sources = sources;
        this.stories = stories;
    }

    @EventListener
    void on(SourceChanged changed) {
        List<AttributedInWords> waiting = figures.attributedInWordsOnly();
        if (waiting.isEmpty()) {
            return;
        }
        Set<String> named = sources.namedBy(changed.sourceId(),
                waiting.stream().map(AttributedInWords::words).distinct().toList());
        List<AttributedInWords> matching = waiting.stream().filter(w -> named.contains(w.words())).toList();
        if (matching.isEmpty()) {
            return;
        }
        Map<Long, Story> open = stories.findAllById(matching.stream().map(AttributedInWords::storyId)
                .collect(Collectors.toSet())).stream().filter(s -> !s.getState().locked())
                .collect(Collectors.toMap(Story::getId, Function.identity()));
        for (AttributedInWords w : matching) {
            if (open.containsKey(w.storyId())) {
                figures.attributeWordsTo(w.figureId(), changed.sourceId());
            }
        }
    }
}
