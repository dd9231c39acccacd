package org.rapport.insight;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ Thresholds.class, ReportSettings.class })
class InsightConfiguration {

}
