package app.kintsugi.trust;

import java.time.LocalDate;

/** The consistency record of a commitment: the figures, the heat map and the trend. */
public record RecordView(Consistency consistency, HeatMap heatMap, LocalDate today) {
}
