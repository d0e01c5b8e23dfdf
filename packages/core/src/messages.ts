import type { Severity } from './diagnostic.js';

/**
 * One entry of the diagnostic table: its stable id, severity, a short title, the message
 * template whose `{placeholders}` are filled per diagnostic and, for a code whose diagnostics can
 * carry fixes or suggestions, the template of their text (`fix`). The text of every message,
 * fix and suggestion lives here, so `createDiagnostic` is the only place that writes prose.
 *
 * @example
 * ```ts
 * DIAGNOSTIC_MESSAGES.PCAQ0201.id; // 'unknown-field'
 * ```
 */
export interface DiagnosticMessage {
  readonly id: string;
  readonly severity: Severity;
  readonly title: string;
  readonly template: string;
  /** The text of a fix or suggestion; its placeholders come from the diagnostic's and the fix's own values. */
  readonly fix?: string;
  /**
   * Other wordings of the same problem for another producer, by name (the builder names the call
   * that was given an empty list where the parser speaks of the filter text).
   */
  readonly variants?: Readonly<Record<string, string>>;
  /**
   * The wordings of the `{detail}` placeholder, by name, for a code whose message says what was
   * found in a malformed file: the JSON and CSV splitters pick one by what they found
   * (`syntaxDetail` in `@pcaq/readers`), so their account of the syntax is in this table too.
   */
  readonly details?: Readonly<Record<string, string>>;
}

/**
 * Every diagnostic pcaq reports, keyed by its stable code. Codes never change meaning; a new
 * problem gets a new code. `PCAQ01xx`: filter syntax; `PCAQ02xx`: fields and values checked
 * against the schema; `PCAQ03xx`: group-by lists; `PCAQ04xx`: the request (parameters, URL);
 * `PCAQ05xx`: the rows a query is evaluated over.
 * `docs/diagnostics.md` documents each with a failing and a fixed example.
 *
 * @example
 * ```ts
 * DIAGNOSTIC_MESSAGES.PCAQ0105.template; // "Keywords are lowercase: write '{expected}', not '{actual}'."
 * ```
 */
export const DIAGNOSTIC_MESSAGES = {
  PCAQ0101: {
    id: 'empty-filter',
    severity: 'error',
    title: 'Empty filter',
    template: "The filter is empty; write a comparison such as workloadCode eq 'SFB', or leave the parameter out.",
    variants: {
      'empty-list': '{call} was given an empty list: there is no condition to filter on. Leave the condition out when the list is empty.',
    },
  },
  PCAQ0102: {
    id: 'unexpected-character',
    severity: 'error',
    title: 'Unexpected character',
    template: "Unexpected character '{char}'.",
  },
  PCAQ0103: {
    id: 'unterminated-string',
    severity: 'error',
    title: 'Unterminated string',
    template: "This string is never closed; end it with a single quote (write '' for a quote inside it).",
    fix: 'Close the string',
  },
  PCAQ0104: {
    id: 'double-quoted-string',
    severity: 'error',
    title: 'Double-quoted string',
    template: 'Strings are written in single quotes: {expected}.',
    fix: 'Write {expected}',
  },
  PCAQ0105: {
    id: 'keyword-case',
    severity: 'error',
    title: 'Keyword not in lowercase',
    template: "Keywords are lowercase: write '{expected}', not '{actual}'.",
    fix: "Replace '{actual}' with '{expected}'",
  },
  PCAQ0106: {
    id: 'symbolic-operator',
    severity: 'error',
    title: 'Symbol instead of a keyword operator',
    template: "'{actual}' is not an operator of this language; write '{expected}'.",
    fix: "Replace '{actual}' with '{expected}'",
  },
  PCAQ0107: {
    id: 'unsupported-operator',
    severity: 'error',
    title: 'Unsupported operator or function',
    template: "'{actual}' is not supported: values are compared with eq, ne, gt, ge, lt, le and contains(field,'text') only.",
  },
  PCAQ0108: {
    id: 'not-unsupported',
    severity: 'error',
    title: "'not' is not supported",
    template: "'not' is not supported; compare with ne instead of eq, or restate the condition.",
  },
  PCAQ0109: {
    id: 'value-not-string',
    severity: 'error',
    title: 'Value is not a quoted string',
    template: 'Values are strings in single quotes: write {expected}.',
    fix: 'Write {expected}',
  },
  PCAQ0110: {
    id: 'unclosed-parenthesis',
    severity: 'error',
    title: 'Unclosed parenthesis',
    template: "This '(' is never closed.",
    fix: "Insert ')' at the end",
  },
  PCAQ0111: {
    id: 'unmatched-parenthesis',
    severity: 'error',
    title: 'Unmatched closing parenthesis',
    template: "This ')' has no matching '('.",
    fix: "Delete this ')'",
  },
  PCAQ0112: {
    id: 'unexpected-token',
    severity: 'error',
    title: 'Unexpected token',
    template: 'Expected {expected} but found {found}.',
  },
  PCAQ0113: {
    id: 'missing-space',
    severity: 'error',
    title: 'Missing space',
    template: "Put a space between '{left}' and '{right}'.",
    fix: 'Insert a space',
  },
  PCAQ0114: {
    id: 'nesting-too-deep',
    severity: 'error',
    title: 'Parentheses nested too deeply',
    template: 'Parentheses nest deeper than {limit} levels.',
  },
  PCAQ0115: {
    id: 'filter-too-long',
    severity: 'error',
    title: 'Filter too long',
    template: 'The filter is {length} characters long; the limit is {limit}.',
  },
  PCAQ0116: {
    id: 'malformed-filter-tree',
    severity: 'error',
    title: 'Malformed filter tree',
    template: 'The filter tree given in code is not one: {path} {reason}.',
  },
  PCAQ0117: {
    id: 'cast-type-name',
    severity: 'error',
    title: 'Wrong type in a date cast',
    template: "Dates are cast to Edm.DateTimeOffset, not '{actual}'.",
    fix: 'Write Edm.DateTimeOffset',
  },
  PCAQ0118: {
    id: 'contains-infix',
    severity: 'error',
    title: "'contains' written as an operator",
    template: 'contains is a function: write {expected}.',
    fix: 'Write {expected}',
  },
  PCAQ0201: {
    id: 'unknown-field',
    severity: 'error',
    title: 'Unknown field',
    template: "Unknown field '{name}'.{hint}",
    fix: "Replace '{original}' with '{replacement}'",
  },
  PCAQ0202: {
    id: 'field-not-filterable',
    severity: 'error',
    title: 'Field cannot be filtered on',
    template: "'{name}' is returned in rows but cannot be filtered on; filterable fields: {fields}.",
  },
  PCAQ0203: {
    id: 'field-not-groupable',
    severity: 'error',
    title: 'Field cannot be grouped by',
    template: "'{name}' is returned in rows but cannot be grouped by; groupable fields: {fields}.",
  },
  PCAQ0204: {
    id: 'invalid-guid',
    severity: 'error',
    title: 'Value is not a GUID',
    template: "'{field}' holds GUIDs; '{value}' is not one (8-4-4-4-12 hex digits, no braces).",
    fix: 'Remove the braces around the GUID',
  },
  PCAQ0205: {
    id: 'invalid-field-name',
    severity: 'error',
    title: 'Not a field name',
    template: "'{name}' is not a field name (a letter, then letters, digits or _); given in code, it would be sent as syntax.",
  },
  PCAQ0206: {
    id: 'operator-not-allowed',
    severity: 'error',
    title: 'Operator the field does not take',
    template: "'{field}' cannot be compared with {operator}; it takes {operators}.",
  },
  PCAQ0207: {
    id: 'literal-kind-mismatch',
    severity: 'error',
    title: 'Value of the wrong kind',
    template: "'{field}' holds {expected}; {value} is {actual}.",
    fix: 'Write {replacement}',
  },
  PCAQ0208: {
    id: 'date-not-cast',
    severity: 'warning',
    title: 'Date not written as a cast',
    template: "Write dates in the form the service documents: {expected}.",
    fix: 'Write {expected}',
  },
  PCAQ0209: {
    id: 'invalid-date',
    severity: 'error',
    title: 'Value is not a date',
    template: "'{field}' holds dates; '{value}' is not one (an ISO 8601 date such as 2018-01-01 or 2018-01-01T10:00:00Z).",
    fix: "Write '{replacement}'",
  },
  PCAQ0210: {
    id: 'value-outside-enum',
    severity: 'warning',
    title: 'Value outside the documented list',
    template: "'{value}' is not a documented value of '{field}' ({values}); the service may still return it.",
  },
  PCAQ0211: {
    id: 'enum-case-mismatch',
    severity: 'warning',
    title: 'Case-only mismatch on a case-sensitive value',
    template: "'{field}' compares exactly: write '{expected}', not '{actual}'.",
    fix: "Replace '{original}' with '{replacement}'",
  },
  PCAQ0301: {
    id: 'empty-groupby',
    severity: 'error',
    title: 'Empty group-by list',
    template: 'The group-by list is empty; name at least one field, or leave the parameter out.',
  },
  PCAQ0302: {
    id: 'empty-groupby-item',
    severity: 'error',
    title: 'Empty group-by item',
    template: 'Empty item in the group-by list: remove the extra comma.',
    fix: 'Remove the extra comma',
  },
  PCAQ0303: {
    id: 'duplicate-groupby-field',
    severity: 'warning',
    title: 'Field grouped by twice',
    template: "'{name}' is already in the group-by list.",
    fix: "Remove the repeated '{name}'",
  },
  PCAQ0304: {
    id: 'groupby-syntax',
    severity: 'error',
    title: 'Malformed group-by list',
    template: 'Expected {expected} but found {found}.',
  },
  PCAQ0305: {
    id: 'groupby-too-long',
    severity: 'error',
    title: 'Group-by list too long',
    template: 'The group-by list is {length} characters long; the limit is {limit}.',
  },
  PCAQ0306: {
    id: 'orderby-syntax',
    severity: 'error',
    title: 'Malformed orderby list',
    template: 'Expected {expected} but found {found}.',
    variants: {
      'too-long': 'The orderby list is {length} characters long; the limit is {limit}.',
    },
    fix: 'Remove the extra comma',
  },
  PCAQ0307: {
    id: 'field-not-orderable',
    severity: 'error',
    title: 'Field not orderable',
    template: "'{name}' cannot be ordered by on {schema}; orderable fields: {fields}.{hint}",
    fix: "Replace '{original}' with '{replacement}'",
  },
  PCAQ0308: {
    id: 'invalid-orderby-direction',
    severity: 'error',
    title: 'Invalid orderby direction',
    template: "'{actual}' is not a sort direction; write 'asc' or 'desc' (lower case) after the field, or nothing for 'asc'.",
    fix: "Replace '{original}' with '{replacement}'",
  },
  PCAQ0309: {
    id: 'duplicate-orderby-field',
    severity: 'warning',
    title: 'Field ordered by twice',
    template: "'{name}' is already in the orderby list; only its first place sorts.",
    fix: "Remove the repeated '{name}'",
  },
  PCAQ0401: {
    id: 'invalid-top',
    severity: 'error',
    title: 'Invalid top',
    template: "'top' must be a whole number from 1 to 10000; found '{value}'.",
  },
  PCAQ0402: {
    id: 'invalid-skip',
    severity: 'error',
    title: 'Invalid skip',
    template: "'skip' must be a whole number, 0 or more; found '{value}'.",
  },
  PCAQ0403: {
    id: 'invalid-processed-date-time',
    severity: 'error',
    title: 'Invalid processedDateTime',
    template:
      "'processedDateTime' must be an ISO 8601 date or date-time (2018-10-14 or 2018-10-14T00:00:00, optional Z or offset); found '{value}'.",
  },
  PCAQ0404: {
    id: 'unknown-parameter',
    severity: 'warning',
    title: 'Unknown parameter',
    template: "Unknown parameter '{name}'; the service ignores it.{hint}",
    fix: "Rename '{name}' to '{replacement}'",
  },
  PCAQ0405: {
    id: 'repeated-parameter',
    severity: 'error',
    title: 'Repeated parameter',
    template: "'{name}' is given more than once.",
  },
  PCAQ0406: {
    id: 'noncanonical-parameter-name',
    severity: 'warning',
    title: 'Non-canonical parameter name',
    template: "Write the parameter as '{expected}', not '{actual}'.",
    fix: "Rename '{actual}' to '{expected}'",
  },
  PCAQ0407: {
    id: 'malformed-percent-escape',
    severity: 'error',
    title: 'Malformed percent escape',
    template: "'{escape}' is not a valid percent escape (write a literal % as %25).",
  },
  PCAQ0408: {
    id: 'query-too-long',
    severity: 'warning',
    title: 'Query string too long',
    template:
      'The encoded query string is {length} characters long; front ends commonly refuse more than {limit}. Split the request or shorten the filter.',
  },
  PCAQ0409: {
    id: 'url-too-long',
    severity: 'error',
    title: 'URL too long',
    template: 'The URL is {length} characters long; the limit is {limit}.',
  },
  PCAQ0410: {
    id: 'parameter-name-spacing',
    severity: 'error',
    title: 'Space in a parameter name',
    template: "The parameter name '{actual}' has spaces around it, so the service does not read it as '{expected}' and ignores it; write '{expected}'.",
    fix: "Rename '{actual}' to '{expected}'",
  },
  PCAQ0411: {
    id: 'replacement-character',
    severity: 'warning',
    title: 'Replacement character',
    template: 'The text holds U+FFFD, the replacement character that stands for bytes that were not UTF-8: a shell or a file mangled what was written here.',
  },
  PCAQ0412: {
    id: 'unknown-endpoint-path',
    severity: 'warning',
    title: 'Unknown endpoint path',
    template: "The path '{path}' names no analytics endpoint, so the query is checked as {endpoint}. The endpoints are: {endpoints}.",
  },
  PCAQ0413: {
    id: 'endpoint-mismatch',
    severity: 'error',
    title: 'Endpoint mismatch',
    template: "The path '{path}' is the {found} endpoint, but {given} was asked for; give the URL of {given}, or the endpoint the URL names.",
  },
  PCAQ0416: {
    id: 'parameter-not-supported',
    severity: 'error',
    title: 'Parameter the endpoint does not take',
    template: "{schema} does not take '{parameter}'{taken}.",
  },
  PCAQ0417: {
    id: 'invalid-aggregation-level',
    severity: 'error',
    title: 'Invalid aggregationLevel',
    template: "'aggregationLevel' must be one of {values}; found '{value}'.",
    fix: "Replace '{original}' with '{replacement}'",
  },
  PCAQ0418: {
    id: 'aggregation-level-without-date',
    severity: 'warning',
    title: 'aggregationLevel without a date in the group-by',
    template: "'aggregationLevel' buckets a date field of the group-by, and {grouped}; the service ignores it. Group by one of {dates}.",
  },
  PCAQ0501: {
    id: 'invalid-count',
    severity: 'error',
    title: 'Invalid count',
    template: "Row {row}: '{field}' must be a non-negative integer; found {value}.",
  },
  PCAQ0502: {
    id: 'invalid-rows',
    severity: 'error',
    title: 'Invalid rows',
    template: 'Rows must be objects, given as an array or iterable or as a response body {"Value": [...]}; found {found}.',
  },
  PCAQ0503: {
    id: 'value-too-deep',
    severity: 'error',
    title: 'Row value nested too deeply',
    template: "Row {row}: '{field}' nests objects or arrays deeper than {limit} levels; a text field holds a string, a number or null.",
  },
  PCAQ0504: {
    id: 'invalid-encoding',
    severity: 'error',
    title: 'Bytes that are not text',
    template: 'byte {byte} is not valid UTF-8',
    variants: {
      'odd-utf16': 'the input ends in the middle of a UTF-16 character (an odd number of bytes)',
      'unpaired-surrogate': 'the UTF-16 code unit {unit} is an unpaired surrogate, not a character',
    },
    fix: 'if the file was saved as Windows-1252 or Latin-1, as older Excel versions save CSV, give --encoding windows-1252 or --encoding latin1',
  },
  PCAQ0505: {
    id: 'byte-order-mark-mismatch',
    severity: 'error',
    title: 'Byte-order mark of another encoding',
    template: 'the input starts with a {mark} byte-order mark, but the encoding given is {encoding}',
    fix: 'leave out --encoding {encoding}',
  },
  PCAQ0506: {
    id: 'malformed-json',
    severity: 'error',
    title: 'Malformed JSON',
    template: 'malformed JSON: {detail}',
    variants: {
      row: 'malformed JSON in a row: {detail}',
      'line-too-long': 'a line longer than {limit} characters; a row is far shorter',
      'ends-early': 'malformed JSON: the JSON document ends too early; expected {expected}',
    },
    details: {
      'property-name': 'expected a property name in double quotes, found {found}',
      colon: "expected ':' after a property name, found {found}",
      'after-property': "expected ',' or '}' after a property value, found {found}",
      'row-after-comma': "expected a row after ',', found ']' (remove the trailing comma)",
      'after-row': "expected ',' or ']' after a row, found {found}",
      'malformed-property-name': 'malformed property name',
      value: 'expected a value, found {found}',
      'value-after-comma': "expected a value after ',', found ']'",
      'after-member': "expected ',' or '}', found {found}",
      'after-item': "expected ',' or ']', found {found}",
      'after-value': 'unexpected {found} after the end of the value',
      'row-too-long': 'a row longer than {limit} characters starts here (a closing quote or bracket is probably missing)',
      'value-too-long': 'a value longer than {limit} characters starts here (a closing quote or bracket is probably missing)',
      'nested-too-deep': 'nested more than {limit} deep',
      'control-character': 'a string may not hold control character {char} (write it escaped)',
      'bad-escape': "bad escape '{escape}' in a string",
      'unclosed-string': 'this string is never closed',
      'malformed-string': 'malformed string',
      unplaced: 'malformed JSON',
    },
  },
  PCAQ0507: {
    id: 'not-json-rows',
    severity: 'error',
    title: 'Not JSON rows',
    template: 'malformed JSON: expected a JSON array of rows or an object with a Value array, found {found}',
    variants: {
      empty: 'malformed JSON: the input is empty; expected a JSON array of rows or an object with a Value array',
    },
    fix: 'it looks like CSV: read it with --input-format csv',
  },
  PCAQ0508: {
    id: 'text-after-json',
    severity: 'error',
    title: 'Text after the JSON document',
    template: 'malformed JSON: unexpected {found} after the end of the JSON document',
    fix: 'if each line of the file is one row, read it as NDJSON (--input-format ndjson)',
  },
  PCAQ0509: {
    id: 'too-deep',
    severity: 'error',
    title: 'Row nested too deeply',
    template: 'a row may nest objects and arrays at most {limit} deep',
  },
  PCAQ0510: {
    id: 'not-an-object',
    severity: 'error',
    title: 'Row that is not an object',
    template: 'a row must be a JSON object, found {found}',
  },
  PCAQ0511: {
    id: 'no-rows-array',
    severity: 'error',
    title: 'No array of rows',
    template: 'the JSON object has no Value (or value) array of rows',
    variants: {
      'not-an-array': "the '{member}' member must be an array of rows, found {found}",
    },
    fix: 'if each line of the file is one row, read it as NDJSON (--input-format ndjson)',
  },
  PCAQ0512: {
    id: 'rows-array-twice',
    severity: 'error',
    title: 'Two arrays of rows',
    template: "a response body with both a '{first}' and a '{second}' member (keep one array of rows)",
    variants: {
      same: "a response body with two '{first}' members (keep one array of rows)",
    },
  },
  PCAQ0513: {
    id: 'invalid-count',
    severity: 'error',
    title: 'Count not written in digits',
    template: '{field} must be a non-negative integer written in digits; found {value}',
  },
  PCAQ0514: {
    id: 'column-count',
    severity: 'error',
    title: 'Wrong number of cells',
    template: 'expected {expected} columns (as in the header), found {found}',
  },
  PCAQ0515: {
    id: 'csv-syntax',
    severity: 'error',
    title: 'Malformed CSV',
    template: 'malformed CSV: {detail}',
    details: {
      'unclosed-quote': 'this quoted cell is never closed',
      'after-closing-quote': 'unexpected {found} after the closing quote of a cell; a cell ends at its closing quote (write "" for a quote inside it)',
      'quote-in-cell': 'a quote inside an unquoted cell; quote the whole cell and double the quote ("x""y")',
      'quoted-cell-too-long': 'a quoted cell opened here is not closed within {limit} characters (a closing quote is probably missing)',
      'line-too-long': 'a line longer than {limit} characters; this is not CSV',
    },
  },
  PCAQ0516: {
    id: 'csv-header',
    severity: 'error',
    title: 'Malformed CSV header',
    template: 'column {column} of the header has no name',
    variants: {
      malformed: 'malformed CSV header: {detail}',
    },
  },
  PCAQ0517: {
    id: 'duplicate-column',
    severity: 'error',
    title: 'Column named twice',
    template: "column '{name}' is named twice in the header: columns {first} and {second}",
    variants: {
      'other-case': "column '{name}' is named twice in the header: columns {first} (as '{firstName}') and {second}",
    },
    fix: 'rename or remove one of them',
  },
  PCAQ0518: {
    id: 'unknown-column',
    severity: 'error',
    title: 'Near miss of a field name',
    template: "unknown column '{name}'. Did you mean {candidates}?",
    fix: "rename the column to '{expected}'",
  },
  PCAQ0519: {
    id: 'csv-no-header',
    severity: 'error',
    title: 'No CSV header',
    template: 'the first line is not a header: it names none of the fields of {rows} rows (it begins {begins})',
    variants: {
      data: 'the first line is not a header: it names none of the fields of {rows} rows (it begins {begins}, which looks like data)',
    },
    fix: 'a CSV file must begin with a header line naming its columns, such as {example},...',
  },
  PCAQ0520: {
    id: 'unreadable-file',
    severity: 'error',
    title: 'File that cannot be read',
    template: 'cannot read the file ({reason})',
    variants: {
      prepare: 'cannot prepare the file for DuckDB ({reason})',
    },
  },
  PCAQ0521: {
    id: 'engine-read-error',
    severity: 'error',
    title: 'File the engine cannot read',
    template: 'DuckDB cannot read the file: {reason}',
  },
  PCAQ0522: {
    id: 'unknown-file-format',
    severity: 'error',
    title: 'Format not told by the extension',
    template: 'cannot tell the format of the file from its extension ({extension}): name it {known}, or give the format with {option}',
  },
  PCAQ0523: {
    id: 'unknown-json-shape',
    severity: 'error',
    title: 'JSON file that is neither rows nor a response body',
    template: 'the file is neither a JSON array of rows nor a response body {"Value": [...]} (told from its first {limit}); it begins {begins}',
  },
  PCAQ0524: {
    id: 'other-endpoint-columns',
    severity: 'error',
    title: "File of another endpoint's columns",
    template: "the file's columns are those of the endpoint '{other}' ({otherCount} of its fields), not of '{endpoint}' ({count}); serve it with --endpoint {other}",
  },
  PCAQ0601: {
    id: 'built-at-run-time',
    severity: 'warning',
    title: 'Query built at run time',
    template:
      "This {parameter} is put together at run time (concatenation or interpolation), so pcaq cannot check it here; build it with pcaq's builder or lint the finished value.",
  },
} as const satisfies Record<string, DiagnosticMessage>;

/**
 * A stable diagnostic code, e.g. `PCAQ0201`.
 *
 * @example
 * ```ts
 * const code: DiagnosticCode = 'PCAQ0201';
 * ```
 */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_MESSAGES;

/**
 * Every code, in order.
 *
 * @example
 * ```ts
 * DIAGNOSTIC_CODES.includes('PCAQ0101'); // true
 * ```
 */
export const DIAGNOSTIC_CODES = Object.keys(DIAGNOSTIC_MESSAGES) as DiagnosticCode[];
