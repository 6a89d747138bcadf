package app.kintsugi.platform;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

import app.kintsugi.shared.InvalidInputException;

/** Puts a facade's field errors next to the fields of the form that caused them. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void copy(InvalidInputException e, BindingResult result) {
        e.errors().forEach((field, error) -> {
            try {
                result.rejectValue(field, error.code(), error.args(), error.code());
            } catch (NotReadablePropertyException notAFormField) {
                result.reject(error.code(), error.args(), error.code());
            }
        });
    }
}
