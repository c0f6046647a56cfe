package app.colloquy.platform;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Maps a row to a record by its components' names, {@code lessonId} from the column {@code
 * lesson_id}. Spring's own mapper for {@code query(Record.class)} looks each camel-case name up as
 * written first and catches the driver's exception before trying the underscored name, and asks for
 * an {@link Instant} the driver refuses before converting: two exceptions per column per row, a few
 * percent of the app's CPU on a busy lesson. This mapper asks for the underscored name first and
 * reads timestamps as the driver offers them; values are otherwise converted as Spring's are.
 */
public final class Rows<T extends Record> implements RowMapper<T> {

    private static final ClassValue<Rows<?>> MAPPERS = new ClassValue<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected Rows<?> computeValue(Class<?> type) {
            return new Rows(type.asSubclass(Record.class));
        }
    };

    private final Constructor<T> constructor;
    private final String[] columns;
    private final String[] names;
    private final TypeDescriptor[] types;
    private final ConversionService conversion = DefaultConversionService.getSharedInstance();

    private Rows(Class<T> type) {
        RecordComponent[] components = type.getRecordComponents();
        try {
            constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException impossible) {
            throw new IllegalStateException("A record without its canonical constructor: " + type, impossible);
        }
        constructor.setAccessible(true);
        names = Arrays.stream(components).map(RecordComponent::getName).toArray(String[]::new);
        columns = Arrays.stream(names)
                .map(JdbcUtils::convertPropertyNameToUnderscoreName)
                .toArray(String[]::new);
        types = new TypeDescriptor[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = new TypeDescriptor(new MethodParameter(constructor, i));
        }
    }

    /** The mapper for rows of {@code type}, made once per record type. */
    @SuppressWarnings("unchecked")
    public static <T extends Record> Rows<T> of(Class<T> type) {
        return (Rows<T>) MAPPERS.get(type);
    }

    @Override
    public T mapRow(ResultSet rs, int rowNum) throws SQLException {
        @Nullable Object[] values = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            values[i] = value(rs, column(rs, i), types[i]);
        }
        try {
            return constructor.newInstance(values);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException failed) {
            throw new IllegalStateException(
                    "Could not make a " + constructor.getDeclaringClass() + " from a row", failed);
        }
    }

    /** The column of component {@code i}: underscored as our SQL writes it, else as the component is named. */
    private int column(ResultSet rs, int i) throws SQLException {
        try {
            return rs.findColumn(columns[i]);
        } catch (SQLException notUnderscored) {
            return rs.findColumn(names[i]);
        }
    }

    private @Nullable Object value(ResultSet rs, int index, TypeDescriptor type) throws SQLException {
        if (type.getType() == Instant.class) {
            OffsetDateTime time = rs.getObject(index, OffsetDateTime.class);
            return time == null ? null : time.toInstant();
        }
        Object value = JdbcUtils.getResultSetValue(rs, index, type.getObjectType());
        return conversion.convert(value, type);
    }
}
