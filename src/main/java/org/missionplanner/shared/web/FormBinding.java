package org.missionplanner.shared.web;

import java.lang.reflect.Field;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.ConfigurablePropertyAccessor;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.core.convert.ConversionService;
import org.springframework.util.ReflectionUtils;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.DataBinder;

/**
 * Keeps a form on the page when one of its values cannot be read. Form records are built through
 * their constructor; when a value does not convert ({@code version=abc}, {@code dueOn=2026-02-30},
 * a modality that does not exist), Spring still builds the record, with null in its place, and
 * records the error on the field, but the binding result it hands to the page was made before the
 * record and has no form: the page then fails on the first expression that reads it (a 500). A
 * binder given {@link #attach} a result that reads the form the binder has built, so the page shows
 * the form again with the error on the field.
 *
 * <p>Spring offers no hook for the result a binder makes (a {@code WebMvcRegistrations} would
 * replace the one htmx-spring-boot registers), so the result is set on the binder's field before
 * it makes its own; when the record is built without errors, the binder drops it and makes its
 * usual one.
 */
final class FormBinding {

    private static final Field BINDING_RESULT = bindingResultField();

    private FormBinding() {}

    /** Gives a binder that is to build its target a result that reads that target. */
    static void attach(DataBinder binder) {
        if (binder.getTarget() != null
                || BINDING_RESULT == null
                || ReflectionUtils.getField(BINDING_RESULT, binder) != null) {
            return;
        }
        var result = new BuiltTargetBindingResult(
                binder, binder.isAutoGrowNestedPaths(), binder.getAutoGrowCollectionLimit());
        if (binder.getConversionService() != null) {
            result.initConversion(binder.getConversionService());
        }
        ReflectionUtils.setField(BINDING_RESULT, binder, result);
    }

    private static Field bindingResultField() {
        Field field = ReflectionUtils.findField(DataBinder.class, "bindingResult", AbstractPropertyBindingResult.class);
        if (field != null) {
            ReflectionUtils.makeAccessible(field);
        }
        return field;
    }

    /** A binding result whose target is the one its binder built through the constructor. */
    static final class BuiltTargetBindingResult extends AbstractPropertyBindingResult {

        private final transient DataBinder binder;
        private final boolean autoGrowNestedPaths;
        private final int autoGrowCollectionLimit;
        private transient ConversionService conversionService;
        private transient BeanWrapper wrapper;

        BuiltTargetBindingResult(DataBinder binder, boolean autoGrowNestedPaths, int autoGrowCollectionLimit) {
            super(binder.getObjectName());
            this.binder = binder;
            this.autoGrowNestedPaths = autoGrowNestedPaths;
            this.autoGrowCollectionLimit = autoGrowCollectionLimit;
        }

        @Override
        public Object getTarget() {
            return binder.getTarget();
        }

        @Override
        public void initConversion(ConversionService conversionService) {
            this.conversionService = conversionService;
            super.initConversion(conversionService);
        }

        @Override
        public ConfigurablePropertyAccessor getPropertyAccessor() {
            if (wrapper == null) {
                Object target = getTarget();
                if (target == null) {
                    throw new IllegalStateException(
                            "Cannot access fields of '" + getObjectName() + "' before it is built");
                }
                wrapper = PropertyAccessorFactory.forBeanPropertyAccess(target);
                wrapper.setExtractOldValueForEditor(true);
                wrapper.setAutoGrowNestedPaths(autoGrowNestedPaths);
                wrapper.setAutoGrowCollectionLimit(autoGrowCollectionLimit);
                if (conversionService != null) {
                    wrapper.setConversionService(conversionService);
                }
            }
            return wrapper;
        }
    }
}
