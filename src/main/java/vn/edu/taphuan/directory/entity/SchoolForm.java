package vn.edu.taphuan.directory.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an admin sends to create or change a school. */
public record SchoolForm(
        @NotBlank(message = "{school.code.required}") @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{code.pattern}") String code,
        @NotBlank(message = "{school.name.required}") @Size(max = 200) String name,
        @NotBlank(message = "{school.ward.required}") @Size(max = 120) String ward,
        @NotNull(message = "{school.type.required}") SchoolType type,
        @Size(max = 32) String level) {
    /** Written out so that the constraint annotations stay off the constructor's parameters: Payara's OpenAPI
     * scanner mistakes annotated constructor parameters for JAX-RS parameters and fails. */
    public SchoolForm(String code, String name, String ward, SchoolType type, String level) {
        this.code = code;
        this.name = name;
        this.ward = ward;
        this.type = type;
        this.level = level;
    }


    public String levelOrDefault() {
        return level == null || level.isBlank() ? "THCS" : level.strip();
    }
}
