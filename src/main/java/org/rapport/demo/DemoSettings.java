package org.rapport.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the demo organisation ({@code rapport.demo.*}).
 *
 * @param enabled whether Rapport loads the demo organisation into an empty directory at
 * start
 * @param seed the seed that makes the generated company the same on every start
 * @param people the company's employees, IT included; vendor contacts come on top
 */
@ConfigurationProperties("rapport.demo")
record DemoSettings(boolean enabled, @DefaultValue("42") long seed, @DefaultValue("400") int people) {
}
