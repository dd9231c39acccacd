package org.rapport.insight;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where green begins on each side of the perception gap.
 *
 * @param technicalGreen the share of incidents resolved within their SLA, in percent,
 * from which IT is technically green (default 90)
 * @param perceivedGreen the perception score (0 to 100; 50 is a recommendation score of
 * 0) from which IT is perceived well (default 50)
 */
@ConfigurationProperties("rapport.insight")
public record Thresholds(@DefaultValue("90") double technicalGreen, @DefaultValue("50") double perceivedGreen) {
}
