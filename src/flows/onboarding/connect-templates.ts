/**
 * The /connect pages as Liquid templates, rendered with HTML escaping on every output. Every word comes from the view
 * (see connect-copy.ts), so the templates hold structure only. No script and no inline style anywhere: the pages are
 * served under CONNECT_CONTENT_SECURITY_POLICY.
 */
export const CONNECT_TEMPLATES: Record<string, string> = {
  layout: `<!doctype html>
<html lang="{{ locale }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>{{ documentTitle }}</title>
<link rel="stylesheet" href="{{ stylesheet }}">
</head>
<body>
<div class="page">
<header class="top">
<span class="brand">Ponte</span>
<nav aria-label="{{ languageNav }}"><ul class="languages">
{%- for language in languages %}
<li>{% if language.current %}<span aria-current="true" lang="{{ language.locale }}">{{ language.name }}</span>{% else %}<a href="{{ language.href }}" hreflang="{{ language.locale }}" lang="{{ language.locale }}">{{ language.name }}</a>{% endif %}</li>
{%- endfor %}
</ul></nav>
</header>
<main class="card{% if cardClass %} {{ cardClass }}{% endif %}">
{% block content %}{% endblock %}
</main>
{%- if meta.size > 0 %}
<p class="meta">{{ meta | join: ' · ' }}</p>
{%- endif %}
</div>
</body>
</html>
`,

  form: `{% layout 'layout' %}{% block content %}
<h1>{{ heading }}</h1>
<p class="lead">{{ lead }}</p>
{%- if deadline %}
<p class="deadline">{{ deadline }}</p>
{%- endif %}
{%- if formError or fieldErrors.size > 0 %}
<div class="notice">
{%- if formError %}
<h2>{{ copy.formErrorHeading }}</h2>
<p>{{ formError }}</p>
{%- endif %}
{%- if fieldErrors.size > 0 %}
<h2>{{ copy.fieldErrorsHeading }}</h2>
<ul>
{%- for problem in fieldErrors %}
<li><a href="#{{ problem.id }}">{{ problem.label }}: {{ problem.message }}</a></li>
{%- endfor %}
</ul>
{%- endif %}
</div>
{%- endif %}
<h2>{{ copy.stepsHeading }}</h2>
<ol class="steps">
{%- for step in steps %}
<li>{{ step }}</li>
{%- endfor %}
</ol>
<form method="post" action="{{ actionPath }}" autocomplete="off">
<input type="hidden" name="{{ csrfField }}" value="{{ csrfToken }}">
<h2>{{ copy.formHeading }}</h2>
<p class="secret-note">{{ copy.requiredNote }}</p>
{%- for field in fields %}
<div class="field">
<label for="{{ field.id }}">{{ field.label }}{% if field.required %} <span class="required" aria-hidden="true">*</span>{% endif %}</label>
{%- if field.help %}
<span class="help" id="{{ field.id }}-help">{{ field.help }}</span>
{%- endif %}
{%- if field.error %}
<span class="error" id="{{ field.id }}-error">{{ field.error }}</span>
{%- endif %}
<input type="{% if field.secret %}password{% else %}text{% endif %}" id="{{ field.id }}" name="{{ field.name }}" autocomplete="off" autocapitalize="none" spellcheck="false"
{%- if field.required %} required{% endif %}
{%- if field.minLength %} minlength="{{ field.minLength }}"{% endif %}
{%- if field.maxLength %} maxlength="{{ field.maxLength }}"{% endif %}
{%- if field.value %} value="{{ field.value }}"{% endif %}
{%- if field.describedBy %} aria-describedby="{{ field.describedBy }}"{% endif %}
{%- if field.error %} aria-invalid="true"{% endif %}
{%- if field.autofocus %} autofocus{% endif %}>
</div>
{%- endfor %}
<p class="secret-note">{{ copy.secretNote }}</p>
<button type="submit">{{ copy.submit }}</button>
</form>
{% endblock %}`,

  outcome: `{% layout 'layout' %}{% block content %}
<h1>{{ heading }}</h1>
{%- for line in lines %}
<p>{{ line }}</p>
{%- endfor %}
<p>{{ closing }}</p>
{% endblock %}`,
};
