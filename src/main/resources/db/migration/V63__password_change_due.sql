-- A password someone else chose (the first password an operator gives a counselor) works for the
-- first sign-in only: until the person has chosen their own, every page leads to the password form.
ALTER TABLE person ADD COLUMN password_change_due BOOLEAN NOT NULL DEFAULT FALSE;
