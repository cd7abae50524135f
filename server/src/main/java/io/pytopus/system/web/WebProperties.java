package io.pytopus.system.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** @param maxRequestBody the largest request body accepted; larger ones get 413 */
@ConfigurationProperties("pytopus.web")
record WebProperties(@DefaultValue("64KB") DataSize maxRequestBody) {}
