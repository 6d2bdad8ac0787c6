"""Per-language tree-sitter node kinds that the taint engine needs (one table per grammar).

The engine is generic: it only knows "a call", "an assignment", "an if"; these tables say which
node kinds of each grammar play those roles and in which fields their parts live.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Kinds:
    """Node-kind roles for one grammar."""

    functions: frozenset[str]
    identifiers: frozenset[str]
    # kind -> (target field, value field); a missing value field means "last named child"
    assignments: dict[str, tuple[str, str]]
    calls: frozenset[str]
    members: frozenset[str]  # obj.attr: only the object carries data
    subscripts: frozenset[str]  # obj[index]: only the container carries data
    literals: frozenset[str]  # constants (strings without interpolation, numbers, booleans)
    strings: frozenset[str]  # string kinds that may hold interpolations (clean unless they do)
    builders: frozenset[str]  # kinds that build strings from parts (concatenation, templates)
    ifs: frozenset[str]
    loops: frozenset[str]
    foreach: dict[str, tuple[str, str]]  # kind -> (loop variable field, iterable field)
    returns: frozenset[str]
    terminators: frozenset[str]  # statements after which control does not reach the next one
    # (break / continue are not among them: the values they carry flow on after the loop)
    opaque: frozenset[str]  # kinds that carry no data (types, names, comments, imports)
    param_fields: tuple[str, ...] = ("parameters",)
    body_field: str = "body"
    comparison_ops: frozenset[str] = frozenset(
        {"==", "!=", "===", "!==", "<", ">", "<=", ">=", "in", "not in", "is", "is not",
         "instanceof", "<=>", "=~", "!~", "&&", "||", "and", "or"}
    )
    decorated: str | None = None  # wrapper kind that holds decorators (Python)
    augmented: frozenset[str] = field(default_factory=frozenset)  # x += y
    # assignment kinds that declare a local; None: every assignment does (Python, Ruby, PHP)
    declares: frozenset[str] | None = None


_COMMON_OPAQUE = frozenset({"comment", "line_comment", "block_comment", "type_identifier",
                            "property_identifier", "field_identifier", "import_statement",
                            "import_from_statement", "import_declaration", "package_clause",
                            "predefined_type", "primitive_type", "void_type", "integral_type",
                            "generic_type", "array_type", "type_arguments", "annotation",
                            "marker_annotation", "modifiers", "attribute_list", "decorator",
                            "shorthand_property_identifier_pattern", "statement_identifier",
                            "package_identifier", "qualified_type", "pointer_type", "type"})

PYTHON = Kinds(
    functions=frozenset({"function_definition", "lambda"}),
    identifiers=frozenset({"identifier"}),
    assignments={"assignment": ("left", "right"), "augmented_assignment": ("left", "right"),
                 "named_expression": ("name", "value")},
    augmented=frozenset({"augmented_assignment"}),
    calls=frozenset({"call"}),
    members=frozenset({"attribute"}),
    subscripts=frozenset({"subscript"}),
    literals=frozenset({"integer", "float", "true", "false", "none", "comparison_operator",
                        "not_operator"}),
    strings=frozenset({"string", "concatenated_string"}),
    builders=frozenset({"binary_operator", "string", "concatenated_string"}),
    ifs=frozenset({"if_statement", "elif_clause"}),
    loops=frozenset({"while_statement"}),
    foreach={"for_statement": ("left", "right"), "for_in_clause": ("left", "right")},
    returns=frozenset({"return_statement"}),
    terminators=frozenset({"return_statement", "raise_statement"}),
    opaque=_COMMON_OPAQUE | {"class_definition_name", "keyword_identifier", "dotted_name",
                             "aliased_import", "future_import_statement", "global_statement"},
    decorated="decorated_definition",
)

JAVASCRIPT = Kinds(
    functions=frozenset({"function_declaration", "function_expression", "function", "arrow_function",
                         "method_definition", "generator_function_declaration"}),
    identifiers=frozenset({"identifier", "shorthand_property_identifier"}),
    assignments={"variable_declarator": ("name", "value"), "assignment_expression": ("left", "right"),
                 "augmented_assignment_expression": ("left", "right")},
    augmented=frozenset({"augmented_assignment_expression"}),
    declares=frozenset({"variable_declarator"}),
    calls=frozenset({"call_expression", "new_expression"}),
    members=frozenset({"member_expression"}),
    subscripts=frozenset({"subscript_expression"}),
    literals=frozenset({"number", "true", "false", "null", "undefined", "regex"}),
    strings=frozenset({"string", "template_string"}),
    builders=frozenset({"binary_expression", "template_string"}),
    ifs=frozenset({"if_statement"}),
    loops=frozenset({"while_statement", "do_statement", "for_statement"}),
    foreach={"for_in_statement": ("left", "right")},
    returns=frozenset({"return_statement"}),
    terminators=frozenset({"return_statement", "throw_statement"}),
    opaque=_COMMON_OPAQUE | {"type_annotation", "interface_declaration", "type_alias_declaration",
                             "import_clause", "export_clause", "predefined_type",
                             "accessibility_modifier"},
)

JAVA = Kinds(
    functions=frozenset({"method_declaration", "constructor_declaration", "lambda_expression"}),
    identifiers=frozenset({"identifier"}),
    assignments={"variable_declarator": ("name", "value"), "assignment_expression": ("left", "right")},
    declares=frozenset({"variable_declarator"}),
    calls=frozenset({"method_invocation", "object_creation_expression"}),
    members=frozenset({"field_access"}),
    subscripts=frozenset({"array_access"}),
    literals=frozenset({"decimal_integer_literal", "hex_integer_literal", "decimal_floating_point_literal",
                        "true", "false", "null_literal", "character_literal", "class_literal"}),
    strings=frozenset({"string_literal", "text_block"}),
    builders=frozenset({"binary_expression"}),
    ifs=frozenset({"if_statement"}),
    loops=frozenset({"while_statement", "do_statement", "for_statement"}),
    foreach={"enhanced_for_statement": ("name", "value")},
    returns=frozenset({"return_statement"}),
    terminators=frozenset({"return_statement", "throw_statement"}),
    opaque=_COMMON_OPAQUE | {"scoped_type_identifier", "dimensions", "throws", "type_parameters",
                             "catch_formal_parameter", "scoped_identifier", "this"},
)

PHP = Kinds(
    functions=frozenset({"function_definition", "method_declaration", "anonymous_function",
                         "arrow_function", "anonymous_function_creation_expression"}),
    identifiers=frozenset({"variable_name"}),
    assignments={"assignment_expression": ("left", "right"),
                 "augmented_assignment_expression": ("left", "right")},
    augmented=frozenset({"augmented_assignment_expression"}),
    calls=frozenset({"function_call_expression", "member_call_expression", "scoped_call_expression",
                     "object_creation_expression", "nullsafe_member_call_expression"}),
    members=frozenset({"member_access_expression", "nullsafe_member_access_expression"}),
    subscripts=frozenset({"subscript_expression"}),
    literals=frozenset({"integer", "float", "boolean", "null", "nowdoc", "class_constant_access_expression"}),
    strings=frozenset({"string", "encapsed_string", "heredoc"}),
    builders=frozenset({"binary_expression", "encapsed_string", "heredoc"}),
    ifs=frozenset({"if_statement", "else_if_clause"}),
    loops=frozenset({"while_statement", "do_statement", "for_statement"}),
    foreach={"foreach_statement": ("", "")},
    returns=frozenset({"return_statement"}),
    terminators=frozenset({"return_statement", "throw_expression", "exit_statement"}),
    opaque=_COMMON_OPAQUE | {"name", "namespace_use_declaration", "namespace_definition",
                             "php_tag", "text_interpolation", "named_type", "optional_type"},
)

GO = Kinds(
    functions=frozenset({"function_declaration", "method_declaration", "func_literal"}),
    identifiers=frozenset({"identifier"}),
    assignments={"short_var_declaration": ("left", "right"), "assignment_statement": ("left", "right"),
                 "var_spec": ("name", "value"), "const_spec": ("name", "value")},
    declares=frozenset({"short_var_declaration", "var_spec", "const_spec"}),
    calls=frozenset({"call_expression"}),
    members=frozenset({"selector_expression"}),
    subscripts=frozenset({"index_expression", "slice_expression"}),
    literals=frozenset({"int_literal", "float_literal", "true", "false", "nil", "rune_literal"}),
    strings=frozenset({"interpreted_string_literal", "raw_string_literal"}),
    builders=frozenset({"binary_expression"}),
    ifs=frozenset({"if_statement"}),
    loops=frozenset({"for_statement"}),
    foreach={"range_clause": ("left", "right")},
    returns=frozenset({"return_statement"}),
    terminators=frozenset({"return_statement"}),
    opaque=_COMMON_OPAQUE | {"field_identifier", "type_conversion_expression_type", "import_spec",
                             "slice_type", "map_type", "function_type", "parameter_list_type"},
)

CSHARP = Kinds(
    functions=frozenset({"method_declaration", "constructor_declaration", "local_function_statement",
                         "lambda_expression", "anonymous_method_expression"}),
    identifiers=frozenset({"identifier"}),
    assignments={"variable_declarator": ("name", ""), "assignment_expression": ("left", "right")},
    declares=frozenset({"variable_declarator"}),
    calls=frozenset({"invocation_expression", "object_creation_expression"}),
    members=frozenset({"member_access_expression", "conditional_access_expression"}),
    subscripts=frozenset({"element_access_expression"}),
    literals=frozenset({"integer_literal", "real_literal", "boolean_literal", "null_literal",
                        "character_literal"}),
    strings=frozenset({"string_literal", "verbatim_string_literal", "raw_string_literal",
                       "interpolated_string_expression"}),
    builders=frozenset({"binary_expression", "interpolated_string_expression"}),
    ifs=frozenset({"if_statement"}),
    loops=frozenset({"while_statement", "do_statement", "for_statement"}),
    foreach={"foreach_statement": ("left", "right")},
    returns=frozenset({"return_statement"}),
    terminators=frozenset({"return_statement", "throw_statement"}),
    opaque=_COMMON_OPAQUE | {"using_directive", "qualified_name", "nullable_type", "type_argument_list",
                             "attribute", "parameter_modifier", "modifier"},
)

RUBY = Kinds(
    functions=frozenset({"method", "singleton_method", "lambda", "block", "do_block"}),
    identifiers=frozenset({"identifier", "instance_variable"}),
    assignments={"assignment": ("left", "right"), "operator_assignment": ("left", "right")},
    augmented=frozenset({"operator_assignment"}),
    calls=frozenset({"call"}),
    members=frozenset(),
    subscripts=frozenset({"element_reference"}),
    literals=frozenset({"integer", "float", "true", "false", "nil", "simple_symbol", "symbol"}),
    strings=frozenset({"string"}),
    builders=frozenset({"binary", "string"}),
    ifs=frozenset({"if", "unless", "elsif", "if_modifier", "unless_modifier"}),
    loops=frozenset({"while", "until"}),
    foreach={"for": ("pattern", "value")},
    returns=frozenset({"return"}),
    terminators=frozenset({"return"}),
    opaque=_COMMON_OPAQUE | {"constant", "scope_resolution_name"},
)

KINDS: dict[str, Kinds] = {
    "python": PYTHON, "javascript": JAVASCRIPT, "typescript": JAVASCRIPT, "java": JAVA,
    "php": PHP, "go": GO, "csharp": CSHARP, "ruby": RUBY,
}
