/**
 * Hard moments: a person's private log of what set off a hard moment and what helped, their plan
 * for such moments, the dates they know will be hard, and reassurance the couple agreed in advance,
 * asked for in one tap. Everything written here is the writer's alone; the partner learns only that
 * a hard moment came when the person asks for reassurance, never what set it off.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "couple", "privacy", "program", "safety", "platform", "shared" })
package app.kintsugi.moments;
