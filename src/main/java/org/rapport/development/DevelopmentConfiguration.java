package org.rapport.development;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DevelopmentSettings.class)
class DevelopmentConfiguration {

}
