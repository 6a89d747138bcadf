package app.kintsugi.resources;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the counseling and crisis resources come from: {@code kintsugi.help.resources-file}, a path
 * to the operator's own file, or {@code classpath:} followed by a resource. By default the example
 * the project ships, which an operator should check and replace with the services they know.
 */
@Validated
@ConfigurationProperties("kintsugi.help")
record HelpProperties(@DefaultValue(HelpProperties.EXAMPLE) @NotBlank String resourcesFile) {

    static final String EXAMPLE = "classpath:program/help/resources.example.yaml";

    boolean example() {
        return EXAMPLE.equals(resourcesFile.strip());
    }
}
