package app.kintsugi.transparency;

import java.util.List;

/** One page of the accountability timeline, newest first; pages count from 1. */
public record AccountabilityPage(List<AccountabilityItem> items, int page, boolean hasNewer, boolean hasOlder) {
}
