package io.fibbench.report.cli;

import io.fibbench.report.run.Profile;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Profiles by their lowercase names. */
final class ProfileConverter implements ITypeConverter<Profile> {

    @Override
    public Profile convert(String value) {
        try {
            return Profile.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("unknown profile '" + value + "'; use one of "
                    + Arrays.stream(Profile.values()).map(Profile::id).toList());
        }
    }
}
