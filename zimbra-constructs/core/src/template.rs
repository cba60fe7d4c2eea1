//! Template elements besides resources: parameters, outputs, mappings and conditions.

use crate::value::Expr;

/// A template parameter. Its type is CloudFormation's type string, including SSM types such
/// as [`Parameter::SSM_IMAGE_ID`].
#[derive(Debug, Clone, PartialEq)]
pub struct Parameter {
    pub(crate) type_name: String,
    pub(crate) default: Option<Expr>,
    pub(crate) description: Option<String>,
    pub(crate) allowed_values: Vec<Expr>,
    pub(crate) allowed_pattern: Option<String>,
    pub(crate) no_echo: bool,
}

impl Parameter {
    /// The SSM parameter type that resolves an AMI id at deploy time.
    pub const SSM_IMAGE_ID: &'static str = "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>";
    /// The SSM parameter type for a plain string.
    pub const SSM_STRING: &'static str = "AWS::SSM::Parameter::Value<String>";

    /// A parameter of a CloudFormation type (`String`, `Number`, `List<Number>`, SSM types ...).
    #[must_use]
    pub fn new(type_name: impl Into<String>) -> Self {
        Parameter {
            type_name: type_name.into(),
            default: None,
            description: None,
            allowed_values: Vec::new(),
            allowed_pattern: None,
            no_echo: false,
        }
    }

    /// A `String` parameter.
    #[must_use]
    pub fn string() -> Self {
        Parameter::new("String")
    }

    /// The default value.
    #[must_use]
    pub fn set_default(mut self, value: impl Into<Expr>) -> Self {
        self.default = Some(value.into());
        self
    }

    /// The description shown in the console.
    #[must_use]
    pub fn set_description(mut self, text: impl Into<String>) -> Self {
        self.description = Some(text.into());
        self
    }

    /// The values the parameter accepts.
    #[must_use]
    pub fn set_allowed_values(mut self, values: impl IntoIterator<Item = Expr>) -> Self {
        self.allowed_values = values.into_iter().collect();
        self
    }

    /// A regular expression the value must match.
    #[must_use]
    pub fn set_allowed_pattern(mut self, pattern: impl Into<String>) -> Self {
        self.allowed_pattern = Some(pattern.into());
        self
    }

    /// Masks the value in the console and API (it is still not a secret store).
    #[must_use]
    pub fn set_no_echo(mut self, on: bool) -> Self {
        self.no_echo = on;
        self
    }

    /// The CloudFormation type string.
    #[must_use]
    pub fn type_name(&self) -> &str {
        &self.type_name
    }
}

/// A template output, optionally exported for other stacks.
#[derive(Debug, Clone, PartialEq)]
pub struct Output {
    pub(crate) value: Expr,
    pub(crate) description: Option<String>,
    pub(crate) export_name: Option<Expr>,
}

impl Output {
    /// An output of a value.
    #[must_use]
    pub fn new(value: impl Into<Expr>) -> Self {
        Output {
            value: value.into(),
            description: None,
            export_name: None,
        }
    }

    /// The description.
    #[must_use]
    pub fn set_description(mut self, text: impl Into<String>) -> Self {
        self.description = Some(text.into());
        self
    }

    /// Exports the value under a name other stacks can import.
    #[must_use]
    pub fn set_export_name(mut self, name: impl Into<Expr>) -> Self {
        self.export_name = Some(name.into());
        self
    }
}

/// A mapping: top-level key to second-level key to value.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Mapping {
    pub(crate) entries: Vec<(String, Vec<(String, Expr)>)>,
}

impl Mapping {
    /// An empty mapping.
    #[must_use]
    pub fn new() -> Self {
        Mapping::default()
    }

    /// Adds a value under two keys.
    #[must_use]
    pub fn set(
        mut self,
        top: impl Into<String>,
        second: impl Into<String>,
        value: impl Into<Expr>,
    ) -> Self {
        let top = top.into();
        let entry = (second.into(), value.into());
        if let Some((_, inner)) = self.entries.iter_mut().find(|(k, _)| *k == top) {
            inner.push(entry);
        } else {
            self.entries.push((top, vec![entry]));
        }
        self
    }
}
