// Runs before the page paints so GOV.UK Frontend styles for JavaScript-enabled browsers apply without a flash.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
