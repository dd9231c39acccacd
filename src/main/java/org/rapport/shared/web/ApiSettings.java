package org.rapport.shared.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the REST API.
 *
 * @param maxJsonBody the largest JSON body the REST API reads (default 1 MiB); larger
 * ones are answered with 413
 */
@ConfigurationProperties("rapport.api")
public record ApiSettings(@DefaultValue("1MB") DataSize maxJsonBody) {
}
