package org.missionplanner.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Sessions outlive a deployment (they are in the database), and a session attribute written by an
 * earlier version of a class may no longer be readable. Instead of a 500 on every request of that
 * browser, such an attribute reads as absent: the user signs in again.
 */
@Component
class TolerantSessionAttributes
        implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository>, BeanClassLoaderAware {

    private static final Logger log = LoggerFactory.getLogger(TolerantSessionAttributes.class);

    private ClassLoader classLoader = ClassUtils.getDefaultClassLoader();

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public void customize(JdbcIndexedSessionRepository sessions) {
        var reader = new DeserializingConverter(classLoader);
        var conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(byte[].class, Object.class, bytes -> {
            try {
                return reader.convert(bytes);
            } catch (SerializationFailedException unreadable) {
                log.info("A session attribute could not be read (written by another version?): it is dropped");
                return null;
            }
        });
        sessions.setConversionService(conversions);
    }
}
