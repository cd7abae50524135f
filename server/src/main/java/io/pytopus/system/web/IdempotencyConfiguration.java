package io.pytopus.system.web;

import io.pytopus.system.IdempotencyKey;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires {@link IdempotencyInterceptor} into Spring MVC, as interceptor and argument resolver. */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration implements WebMvcConfigurer {

    static {
        // A handler's IdempotencyKey comes from the Idempotency-Key header, not from a query parameter.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(IdempotencyKey.class);
    }

    private final IdempotencyInterceptor interceptor;

    IdempotencyConfiguration(IdempotencyKeys keys, ProblemResponses problems) {
        this.interceptor = new IdempotencyInterceptor(keys, problems);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(interceptor).addPathPatterns("/api/**");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(interceptor);
    }
}
