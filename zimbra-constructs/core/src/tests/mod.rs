//! Behaviour of the core engine through its public API: tree, logical ids, references,
//! cross-stack wiring, cycles, tags, limits, determinism and the rule packs of synth. The
//! resource types are small hand-written ones defined here: the core does not depend on the
//! generated types.

use crate::intrinsics::{self, Sub};
use crate::resource::{ResourceSchema, Tagging};
use crate::value::PropertyMap;
use crate::{
    App, Diagnostic, Expr, Output, Parameter, Pseudo, Region, RemovalPolicy, Resource, Severity,
    StackProps, StackRef, SynthError, SynthOptions, TreeError, Value,
};
use serde_json::json;

#[derive(Debug, Clone, Default)]
struct Thing {
    name: Option<Value<String>>,
    tags: Option<Value<Vec<crate::Tag>>>,
}

static THING: ResourceSchema = ResourceSchema {
    type_name: "Test::Thing::Tagged",
    create_only: &["/properties/Name"],
    read_only: &["/properties/Arn"],
    attributes: &["Arn"],
    tagging: Tagging::List,
};

impl Resource for Thing {
    const TYPE: &'static str = "Test::Thing::Tagged";
    const SCHEMA: &'static ResourceSchema = &THING;
    fn properties(&self) -> Expr {
        let mut m = PropertyMap::new();
        m.set("Name", self.name.as_ref());
        m.set("Tags", self.tags.as_ref());
        m.finish()
    }
}

#[derive(Debug, Clone, Default)]
struct Plain;

static PLAIN: ResourceSchema = ResourceSchema {
    type_name: "Test::Thing::Plain",
    create_only: &[],
    read_only: &[],
    attributes: &[],
    tagging: Tagging::None,
};

impl Resource for Plain {
    const TYPE: &'static str = "Test::Thing::Plain";
    const SCHEMA: &'static ResourceSchema = &PLAIN;
    fn properties(&self) -> Expr {
        Expr::Map(Vec::new())
    }
}

fn named(v: impl Into<Value<String>>) -> Thing {
    Thing {
        name: Some(v.into()),
        tags: None,
    }
}

fn region(r: &str) -> Region {
    r.parse().unwrap()
}

fn stack(app: &mut App, id: &str) -> StackRef {
    app.add_stack(app.root(), id, StackProps::new(region("us-east-2")))
        .unwrap()
}

fn synth(app: &App) -> crate::Assembly {
    app.synth(&SynthOptions::default()).unwrap()
}

fn errors(app: &App) -> Vec<Diagnostic> {
    match app.synth(&SynthOptions::default()) {
        Err(SynthError::Invalid(d)) => d
            .into_iter()
            .filter(|d| d.severity == Severity::Error)
            .collect(),
        other => panic!("expected synth to fail, got {other:?}"),
    }
}

fn template<'a>(a: &'a crate::Assembly, name: &str) -> &'a serde_json::Value {
    &a.stack(name).unwrap().template
}

mod determinism;
mod limits;
mod logical_ids;
mod references;
mod synth;
mod tags;
mod template_sections;
mod tree;
mod validation;

/// A resource of a fixed CloudFormation type with raw properties: lets the rule tests build
/// the templates a rule reads without the generated types.
macro_rules! raw_type {
    ($name:ident, $schema:ident, $type_name:literal) => {
        #[derive(Debug, Clone)]
        struct $name(Expr);

        static $schema: ResourceSchema = ResourceSchema {
            type_name: $type_name,
            create_only: &[],
            read_only: &[],
            attributes: &[],
            tagging: Tagging::None,
        };

        impl Resource for $name {
            const TYPE: &'static str = $type_name;
            const SCHEMA: &'static ResourceSchema = &$schema;
            fn properties(&self) -> Expr {
                self.0.clone()
            }
        }
    };
}

raw_type!(RawVolume, RAW_VOLUME, "AWS::EC2::Volume");
raw_type!(
    RawSecurityGroup,
    RAW_SECURITY_GROUP,
    "AWS::EC2::SecurityGroup"
);
