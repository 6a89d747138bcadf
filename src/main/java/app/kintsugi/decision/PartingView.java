package app.kintsugi.decision;

import java.util.List;

import app.kintsugi.resources.HelpRegion;
import app.kintsugi.resources.HelpResource;

/**
 * The parting page as its person sees it.
 *
 * @param partnerName    the partner's name, when there is a space with a partner to end; else null
 * @param hasSpace       whether the person has a space that parting would end
 * @param region         the region the help below is for
 * @param separationHelp separation support, co-parenting and family mediation in that region
 * @param urgentHelp     emergency, crisis lines and help with abuse at home in that region
 */
public record PartingView(String partnerName, boolean hasSpace, HelpRegion region, List<HelpResource> separationHelp,
        List<HelpResource> urgentHelp) {
}
