package dev.association.metadata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English plural and singular forms, after the rules of the {@code inflection} library that Sequelize uses for
 * table names and accessor names ({@code posts}/{@code post}, {@code categories}/{@code category},
 * {@code people}/{@code person}).
 */
final class Inflector {

	private static final Set<String> UNCOUNTABLE = Set.of("equipment", "information", "rice", "money", "species",
			"series", "fish", "sheep", "moose", "deer", "news", "data", "metadata", "feedback", "staff");

	private static final Map<String, String> IRREGULAR = new LinkedHashMap<>();

	private static final List<Rule> PLURAL_RULES;

	private static final List<Rule> SINGULAR_RULES;

	static {
		IRREGULAR.put("person", "people");
		IRREGULAR.put("man", "men");
		IRREGULAR.put("woman", "women");
		IRREGULAR.put("child", "children");
		IRREGULAR.put("tooth", "teeth");
		IRREGULAR.put("foot", "feet");
		IRREGULAR.put("mouse", "mice");
		IRREGULAR.put("goose", "geese");
		IRREGULAR.put("ox", "oxen");
		IRREGULAR.put("leaf", "leaves");
		IRREGULAR.put("criterion", "criteria");
		PLURAL_RULES = List.of(rule("(quiz)$", "$1zes"), rule("^(ox)$", "$1en"), rule("([ml])ouse$", "$1ice"),
				rule("(matr|vert|ind)(?:ix|ex)$", "$1ices"), rule("(x|ch|ss|sh|zz)$", "$1es"),
				rule("([^aeiouy]|qu)y$", "$1ies"), rule("(hive)$", "$1s"), rule("(?:([^f])fe|([lr])f)$", "$1$2ves"),
				rule("sis$", "ses"), rule("([ti])um$", "$1a"), rule("(buffal|tomat|potat|her|ech)o$", "$1oes"),
				rule("(bu)s$", "$1ses"), rule("(alias|status|campus)$", "$1es"), rule("(octop|vir)us$", "$1i"),
				rule("(ax|test)is$", "$1es"), rule("s$", "s"), rule("$", "s"));
		SINGULAR_RULES = List.of(rule("(quiz)zes$", "$1"), rule("(matr)ices$", "$1ix"),
				rule("(vert|ind)ices$", "$1ex"), rule("^(ox)en", "$1"), rule("(alias|status|campus)(es)?$", "$1"),
				rule("(octop|vir)(us|i)$", "$1us"), rule("(cris|ax|test)(is|es)$", "$1is"), rule("(shoe)s$", "$1"),
				rule("(o)es$", "$1"), rule("(bus)(es)?$", "$1"), rule("([ml])ice$", "$1ouse"),
				rule("(x|ch|ss|sh|zz)es$", "$1"), rule("(m)ovies$", "$1ovie"), rule("(s)eries$", "$1eries"),
				rule("([^aeiouy]|qu)ies$", "$1y"), rule("([lr])ves$", "$1f"), rule("(tive)s$", "$1"),
				rule("(hive)s$", "$1"), rule("([^f])ves$", "$1fe"), rule("(^analy)(sis|ses)$", "$1sis"),
				rule("((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|(s)ynop|(t)he)(sis|ses)$", "$1sis"),
				rule("([ti])a$", "$1um"), rule("(n)ews$", "$1ews"), rule("(ss)$", "$1"), rule("s$", ""));
	}

	private Inflector() {
	}

	/**
	 * The plural of a word, keeping the case of its first letter: {@code Post -> Posts}, {@code category ->
	 * categories}.
	 * @param word a singular word, possibly camelCase (only the last part is inflected)
	 * @return the plural
	 */
	public static String pluralize(String word) {
		return inflect(word, true);
	}

	/**
	 * The singular of a word: {@code posts -> post}, {@code people -> person}.
	 * @param word a plural word, possibly camelCase (only the last part is inflected)
	 * @return the singular
	 */
	public static String singularize(String word) {
		return inflect(word, false);
	}

	private static String inflect(String word, boolean plural) {
		if (word.isEmpty()) {
			return word;
		}
		int split = lastWordStart(word);
		String head = word.substring(0, split);
		String last = word.substring(split);
		String lower = last.toLowerCase(Locale.ROOT);
		String result = null;
		if (UNCOUNTABLE.contains(lower)) {
			result = lower;
		}
		for (Map.Entry<String, String> irregular : IRREGULAR.entrySet()) {
			if (result == null && lower.equals(plural ? irregular.getKey() : irregular.getValue())) {
				result = plural ? irregular.getValue() : irregular.getKey();
			}
			else if (result == null && lower.equals(plural ? irregular.getValue() : irregular.getKey())) {
				result = lower;
			}
		}
		if (result == null) {
			result = applyRules(lower, plural ? PLURAL_RULES : SINGULAR_RULES);
		}
		if (Character.isUpperCase(last.charAt(0))) {
			result = Character.toUpperCase(result.charAt(0)) + result.substring(1);
		}
		return head + result;
	}

	private static String applyRules(String word, List<Rule> rules) {
		for (Rule rule : rules) {
			Matcher matcher = rule.pattern().matcher(word);
			if (matcher.find()) {
				return matcher.replaceFirst(rule.replacement());
			}
		}
		return word;
	}

	private static int lastWordStart(String word) {
		for (int i = word.length() - 1; i > 0; i--) {
			char c = word.charAt(i);
			if (Character.isUpperCase(c) || c == '_') {
				return (c == '_') ? i + 1 : i;
			}
		}
		return 0;
	}

	private static Rule rule(String regex, String replacement) {
		return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), replacement);
	}

	private record Rule(Pattern pattern, String replacement) {

	}

}
