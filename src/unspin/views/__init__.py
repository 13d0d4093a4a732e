"""The views the report file and the web app share: HTML drawn from the public facade alone
(``import unspin``), every piece of article text escaped, no script and no request."""
