package org.rapport.relationships;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RelationshipSettings.class)
class RelationshipConfiguration {

}
