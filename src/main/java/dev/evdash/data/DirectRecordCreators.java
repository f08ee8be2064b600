package dev.evdash.data;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import tools.jackson.core.JacksonException;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.bean.PropertyValueBuffer;
import tools.jackson.databind.introspect.AnnotatedConstructor;

/**
 * Makes the dataset's records with a method handle called exactly, where Jackson 3 calls their canonical
 * constructors through {@link MethodHandle#invokeWithArguments}, which builds a method type and a spreader
 * on every call: a quarter of the binding's time on a large file (JFR), for tens of thousands of figures.
 * Only this module's records are made so; a constructor that throws is called again Jackson's own way,
 * so that the problem reaches the user exactly as Jackson words and places it.
 */
final class DirectRecordCreators extends JacksonModule {

    @Override
    public String getModuleName() {
        return "evdash-direct-record-creators";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addValueInstantiators(new ValueInstantiators() {
            @Override
            public ValueInstantiator findValueInstantiator(DeserializationConfig config, BeanDescription.Supplier bean) {
                return null; // Jackson's own, modified below
            }

            @Override
            public ValueInstantiator modifyValueInstantiator(DeserializationConfig config, BeanDescription.Supplier bean,
                    ValueInstantiator found) {
                return Direct.of(found);
            }
        });
    }

    /** Jackson's instantiator, with the canonical constructor called through an exact method handle. */
    static final class Direct extends ValueInstantiator.Delegating {
        private static final long serialVersionUID = 1L;

        private final transient MethodHandle create;

        private Direct(ValueInstantiator found, MethodHandle create) {
            super(found);
            this.create = create;
        }

        /** {@code found} made direct where it makes one of this module's records; else {@code found} itself. */
        static ValueInstantiator of(ValueInstantiator found) {
            if (found instanceof Direct || !found.canCreateFromObjectWith()
                    || !(found.getWithArgsCreator() instanceof AnnotatedConstructor c)) {
                return found;
            }
            Class<?> type = c.getDeclaringClass();
            if (!type.isRecord() || type.getModule() != DirectRecordCreators.class.getModule()) {
                return found;
            }
            try {
                MethodHandle h = MethodHandles.lookup().unreflectConstructor(c.getAnnotated());
                int n = h.type().parameterCount();
                return new Direct(found, h.asSpreader(Object[].class, n)
                        .asType(MethodType.methodType(Object.class, Object[].class)));
            } catch (IllegalAccessException | IllegalArgumentException e) {
                return found; // not reachable from here: made Jackson's way
            }
        }

        @Override
        public ValueInstantiator createContextual(DeserializationContext ctxt, BeanDescription.Supplier bean) {
            ValueInstantiator d = delegate().createContextual(ctxt, bean);
            return d == delegate() ? this : new Direct(d, create);
        }

        @Override
        public Object createFromObjectWith(DeserializationContext ctxt, Object[] args) throws JacksonException {
            try {
                return (Object) create.invokeExact(args);
            } catch (Throwable e) {
                return delegate().createFromObjectWith(ctxt, args); // the same failure, told Jackson's way
            }
        }

        @Override
        public Object createFromObjectWith(DeserializationContext ctxt, SettableBeanProperty[] props,
                PropertyValueBuffer buffer) throws JacksonException {
            return createFromObjectWith(ctxt, buffer.getParameters(ctxt, props));
        }
    }
}
