"""Optimizers against torch.optim over 50 steps, state round trips, lr changes and bad arguments."""

import math

import numpy as np
import pytest

from playground.engine import optimizers

STEPS = 50
SINGLE_PARAMS = [[0.9, -1.3, 0.25, 2.0, -0.05, 0.6, -0.7]]
PAIR_PARAMS = [np.linspace(-1.0, 1.0, 12).reshape(3, 4).tolist(), [0.3, -0.2, 0.5, 0.1, -0.4]]
LR_SCHEDULE = {20: 0.01, 35: 0.2}

# (name, lr, options, params after STEPS steps) from torch.optim, float64;
# regenerate with tests/engine/torch_reference.py.
OPTIMIZER_SINGLE_REFERENCE = [('sgd', 0.1, {},
                               [[0.20203620471866354, -0.2751569297166181, 0.06147827748345318,
                                 0.4384522535757954, -0.01431403573141928, 0.1233003253972626,
                                 -0.16076713302174236]]),
                              ('momentum', 0.05, {},
                               [[0.04127243057107181, -0.05419207680672998, 0.017462203288516304,
                                 0.0952347422266162, -0.0008144417240660848, 0.02429794166168108,
                                 -0.03727868465761574]]),
                              ('momentum', 0.05, {'momentum': 0.5},
                               [[0.19278217151045826, -0.27588600926001505, 0.05846604051044034,
                                 0.43344524396572587, -0.008801970882878348, 0.12722984763433418,
                                 -0.15434275080897808]]),
                              ('nesterov', 0.05, {},
                               [[0.026972581113093936, -0.023570243616269398, 0.016066821918384065,
                                 0.05615059846488265, -0.0022320217695365155, 0.007884200332368968,
                                 -0.027737518094872692]]),
                              ('adagrad', 0.1, {},
                               [[0.12876692547572458, -0.31423973193524657, 0.018145295103847443,
                                 0.9280238101826181, -0.010196733160863964, 0.0014605124379632305,
                                 -0.07147979881115406]]),
                              ('adagrad', 0.1, {'eps': 0.001},
                               [[0.12930497676681052, -0.3150445816648415, 0.018164058737036096,
                                 0.928592954392749, -0.010131433307401422, 0.0017839660734630582,
                                 -0.07181281440129847]]),
                              ('rmsprop', 0.01, {},
                               [[0.11248749963970918, -0.2821375527924903, 0.01947374342984771,
                                 0.8835301345586335, -0.011599633896590222, -0.0048564014623226175,
                                 -0.06317251751377746]]),
                              ('rmsprop', 0.01, {'alpha': 0.9, 'eps': 0.001},
                               [[0.40524949212569156, -0.7471138277015289, 0.04561204860867957,
                                 1.4401659703887997, -0.011594542986931872, 0.15252553337554806,
                                 -0.25565707047675823]]),
                              ('adam', 0.05, {},
                               [[-0.0346935654162004, 0.09742066999672168, 0.013439782856590348,
                                 0.1315629415345915, 0.006779715887814158, 0.029068388513130997,
                                 -0.014028095747670565]]),
                              ('adam', 0.05, {'betas': (0.8, 0.99), 'eps': 0.001},
                               [[-0.0048469532154870355, 0.005157744048980121,
                                 0.015117249461674987, 0.2499703716009968, 0.0067052844398262194,
                                 -0.0020176787361700973, -0.011853118694180098]])]

OPTIMIZER_PAIR_REFERENCE = [('sgd', 0.1, {},
                             [[[-0.2122880084414109, -0.17008906704923082, -0.1318069415744763,
                                -0.09679912227693233],
                               [-0.06288314205879643, -0.02736302484276444, 0.01170275475302536,
                                0.054588141690731715],
                               [0.09977065991659893, 0.14464745663838247, 0.18675946466423932,
                                0.2249479401270349]],
                              [0.07364740704007833, -0.03833977112521856, 0.10887138388373975,
                               0.016286489703411032, -0.09550877726345743]]),
                            ('momentum', 0.05, {},
                             [[[-0.04446661151356944, -0.032449640297227716, -0.02253567519594553,
                                -0.015528613576508817],
                               [-0.010865190676571868, -0.006879891823642974,
                                -0.0015882700099421026, 0.006379737672000438],
                               [0.017135448036137573, 0.029479077765929965, 0.041464020255246405,
                                0.051312365111793816]],
                              [0.01907595265115777, -0.0030031141944406124, 0.026236529575397186,
                               0.004110017901391004, -0.022339743143111438]]),
                            ('momentum', 0.05, {'momentum': 0.5},
                             [[[-0.2147915841367056, -0.17252998510068626, -0.13167004166945664,
                                -0.09308544514783522],
                               [-0.056579755635775546, -0.020978790782816285, 0.01531713790539152,
                                0.05358086657237011],
                               [0.09415974428390302, 0.13631226933491794, 0.17855682908766635,
                                0.2193685255460928]],
                              [0.06837454003868597, -0.03795038197722475, 0.11081064080883092,
                               0.021936225488128448, -0.08861753154002426]]),
                            ('nesterov', 0.05, {},
                             [[[-0.020908615265609647, -0.01142812204655033,
                                -0.0062700998372312595, -0.005705492550667462],
                               [-0.007844889287614199, -0.009527143805341412,
                                -0.007806110989862124, -0.0013362649378279017],
                               [0.00899447918670429, 0.020482365527985057, 0.029879416164882402,
                                0.03492100587824487]],
                              [0.017595966100827892, 0.0035010307164957703, 0.0156298115075013,
                               -0.001386919963358026, -0.01908619928093666]]),
                            ('adagrad', 0.1, {},
                             [[[-0.14182448736311962, -0.04828698313672143, -0.00527830602493153,
                                -0.001143324588383534],
                               [-0.010609888612963823, -0.018329168073849694,
                                -0.017425748889625024, -0.006028079495228284],
                               [0.00945665369716222, 0.0465391972141075, 0.10799228564680945,
                                0.1884649608213778]],
                              [0.022598371810701366, 0.009153565142012033, 0.013536956004198838,
                               -0.013799323688582433, -0.02680218735073045]]),
                            ('adagrad', 0.1, {'eps': 0.001},
                             [[[-0.1424943927806083, -0.048893271453344385, -0.005697716958536579,
                                -0.001336897521004573],
                               [-0.010645309067480449, -0.018303580244637838,
                                -0.017379317118365982, -0.006158557407868071],
                               [0.009614384379495787, 0.046835005841331205, 0.10842950445820645,
                                0.18900630711817903]],
                              [0.022626670264731995, 0.009121441681746004, 0.013721297099816877,
                               -0.01374202059421243, -0.02687881664146443]]),
                            ('rmsprop', 0.01, {},
                             [[[-0.11984454139535443, -0.034894703565204396, 0.0006006893601182631,
                                0.0001861555778141684],
                               [-0.01191441114922095, -0.02101605385367987, -0.02019915182631513,
                                -0.008025128791523305],
                               [0.008744510001122238, 0.04177645894279883, 0.09484745896838173,
                                0.16654618752760136]],
                              [0.024271577011083283, 0.01086113681013838, 0.009749088142531222,
                               -0.016035431976564287, -0.027720829427758317]]),
                            ('rmsprop', 0.01, {'alpha': 0.9, 'eps': 0.001},
                             [[[-0.47464143949103005, -0.30998428341892276, -0.1732657648843745,
                                -0.08433817189864413],
                               [-0.04007326785255741, -0.018606019436846883, 0.0014243868990795158,
                                0.03428031778875701],
                               [0.0918163851496655, 0.20482452637929893, 0.3445830303985963,
                                0.4963580390064803]],
                              [0.059444569896756776, -0.01962678753031041, 0.1168829899311927,
                               0.00268126247179591, -0.09010697017158423]]),
                            ('adam', 0.05, {},
                             [[[0.04892801898339197, 0.0015503149562603345, -0.02202695452514434,
                                -0.016221447100745065],
                               [-0.0007274560675449866, 0.005633539353333679, 0.006276400014859051,
                                0.0087783088562546],
                               [0.01815757851849904, 0.02054491240998684, -0.013204778389100386,
                                -0.05540888178488168]],
                              [0.016075688031005713, -0.004885925992278668, 0.032452031605425494,
                               0.009144222521299115, -0.02360864649777085]]),
                            ('adam', 0.05, {'betas': (0.8, 0.99), 'eps': 0.001},
                             [[[0.005782942660096726, 0.005929738952734229, 0.01071884969467199,
                                0.012961311148302972],
                               [0.006832122979610599, -0.004552694811896, -0.01378151933526911,
                                -0.015813367025269833],
                               [-0.009422919906060184, 0.002013008774970664, 0.00497818862793786,
                                0.0012266442376606115]],
                              [0.012394395475872481, 0.016282797140785406, 0.011942847780748769,
                               0.0014966413493698143, -0.00900585088406597]])]

# name -> params after STEPS steps with the default options, lr switched per LR_SCHEDULE.
OPTIMIZER_LR_SCHEDULE_REFERENCE = {'sgd': [[0.21017060457108871, -0.2409346530986149,
                                            0.06620813592109878, 0.40746986648132655,
                                            -0.030464882728088897, 0.09590550793793706,
                                            -0.16553982082002128]],
                                   'momentum': [[0.006906143768808466, -0.027366088668638225,
                                                 0.018315588628352746, 0.06217098822319572,
                                                 0.015671168867041337, 0.019007270293045855,
                                                 -0.02224329456255293]],
                                   'nesterov': [[0.018504867780002293, 0.005783933208643737,
                                                 0.03732033145017003, 0.05605783443682633,
                                                 0.005632162501090213, -0.0073814728389712606,
                                                 -0.04188684864757916]],
                                   'adagrad': [[0.14989709919099717, -0.30664839471965527,
                                                0.031571988256325, 0.9361787386964228,
                                                -0.03233063465203634, -0.024883198319736552,
                                                -0.08656464968648617]],
                                   'rmsprop': [[0.2774291470759977, 0.17596565509475778,
                                                -0.12394573007066492, 0.005862856782225229,
                                                -0.3605529841560543, -0.24677114649907483,
                                                -0.08964979490504593]],
                                   'adam': [[-0.015427496630209703, 0.25263008369781387,
                                             -0.006951181459491359, -0.5147778823560372,
                                             0.02971482366047679, -0.014598526717378692,
                                             -0.029925796185550385]]}

NAMES = optimizers.names()
DEFAULTS = {name: lr for name, lr, options, _ in OPTIMIZER_SINGLE_REFERENCE if not options}
DEFAULT_FINALS = {name: final[0] for name, _, options, final in OPTIMIZER_SINGLE_REFERENCE
                  if not options}


def gradient(param: np.ndarray, step: int, index: int) -> np.ndarray:
    """The deterministic gradient of the torch script: 0.3 p + 0.1 sin(step + 0.7 i + index)."""
    phase = step + 0.7 * np.arange(param.size) + index
    return 0.3 * param + 0.1 * np.sin(phase).reshape(param.shape)


def run(optimizer, params: list[np.ndarray], steps: range, lr_schedule=None) -> None:
    """Step optimizer on params with gradient(), switching lr at the scheduled steps."""
    for step in steps:
        if lr_schedule and step in lr_schedule:
            optimizer.lr = lr_schedule[step]
        optimizer.step(params, [gradient(p, step, i) for i, p in enumerate(params)])


def case_id(case) -> str:
    name, _, options, _ = case
    return "-".join([name] + [f"{k}={v}" for k, v in options.items()])


def test_names_in_menu_order():
    assert NAMES == ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"]
    assert sorted(DEFAULTS) == sorted(NAMES)


@pytest.mark.parametrize("reference", OPTIMIZER_SINGLE_REFERENCE, ids=case_id)
def test_matches_torch_on_one_array(reference):
    name, lr, options, expected = reference
    params = [np.array(p) for p in SINGLE_PARAMS]
    run(optimizers.get(name, lr, **options), params, range(STEPS))
    np.testing.assert_allclose(params[0], expected[0], rtol=1e-10)


@pytest.mark.parametrize("reference", OPTIMIZER_PAIR_REFERENCE, ids=case_id)
def test_matches_torch_on_two_arrays_of_different_shapes(reference):
    name, lr, options, expected = reference
    params = [np.array(p) for p in PAIR_PARAMS]
    run(optimizers.get(name, lr, **options), params, range(STEPS))
    for param, want in zip(params, expected, strict=True):
        assert param.shape == np.shape(want)
        np.testing.assert_allclose(param, want, rtol=1e-10)


@pytest.mark.parametrize("name", NAMES)
def test_changing_lr_between_steps_matches_torch(name):
    params = [np.array(p) for p in SINGLE_PARAMS]
    optimizer = optimizers.get(name, DEFAULTS[name])
    run(optimizer, params, range(STEPS), LR_SCHEDULE)
    assert optimizer.lr == LR_SCHEDULE[35]
    np.testing.assert_allclose(params[0], OPTIMIZER_LR_SCHEDULE_REFERENCE[name][0], rtol=1e-10)


@pytest.mark.parametrize("name", NAMES)
def test_state_dict_round_trip_continues_identically(name):
    straight = [np.array(p) for p in PAIR_PARAMS]
    optimizer = optimizers.get(name, DEFAULTS[name])
    run(optimizer, straight, range(20))
    state = optimizer.state_dict()
    resumed = [p.copy() for p in straight]
    run(optimizer, straight, range(20, STEPS))

    assert state["steps"] == 20
    for key, value in state.items():
        assert type(key) is str
        assert type(value) is int or all(type(a) is np.ndarray for a in value)
    restored = optimizers.get(name, DEFAULTS[name])
    restored.load_state_dict(state)
    for arrays in state.values():  # the optimizer copied them: scribbling here changes nothing
        if isinstance(arrays, list):
            for array in arrays:
                array[...] = np.nan
    run(restored, resumed, range(20, STEPS))
    for a, b in zip(straight, resumed, strict=True):
        np.testing.assert_array_equal(a, b)
    assert restored.steps == STEPS


@pytest.mark.parametrize("name", NAMES)
def test_state_dict_is_a_snapshot(name):
    params = [np.array(p) for p in SINGLE_PARAMS]
    optimizer = optimizers.get(name, DEFAULTS[name])
    run(optimizer, params, range(3))
    state = optimizer.state_dict()
    before = {k: v if isinstance(v, int) else [a.copy() for a in v] for k, v in state.items()}
    run(optimizer, params, range(3, 6))
    assert state["steps"] == before["steps"] == 3
    for key in optimizer.slots:
        for a, b in zip(state[key], before[key], strict=True):
            np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize("name", NAMES)
def test_reset_forgets_the_state(name):
    params = [np.array(p) for p in SINGLE_PARAMS]
    optimizer = optimizers.get(name, DEFAULTS[name])
    run(optimizer, params, range(5))
    optimizer.reset()
    assert optimizer.steps == 0
    again = [np.array(p) for p in SINGLE_PARAMS]
    run(optimizer, again, range(STEPS))
    np.testing.assert_allclose(again[0], DEFAULT_FINALS[name], rtol=1e-10)


def test_load_state_dict_rejects_other_optimizers_state():
    adam = optimizers.get("adam", 0.1)
    adam.step([np.ones(3)], [np.ones(3)])
    with pytest.raises(ValueError, match="rmsprop state needs keys"):
        optimizers.get("rmsprop", 0.1).load_state_dict(adam.state_dict())


@pytest.mark.parametrize("name", NAMES)
def test_float32_vector_is_updated_in_place_without_new_state(name):
    """The trainer's hot path: one flat float32 vector, stepped in place, state reused."""
    param = np.array(SINGLE_PARAMS[0], dtype=np.float32)
    grad = np.empty_like(param)
    optimizer = optimizers.get(name, DEFAULTS[name])
    grad[...] = gradient(param, 0, 0)
    optimizer.step([param], [grad])
    arrays = [a for key in optimizer.slots for a in optimizer.state_dict()[key]]
    assert all(a.dtype == np.float32 for a in arrays)
    state_ids = [id(a) for arrays in optimizer._state for a in arrays]
    scratch_ids = [id(a) for a in optimizer._scratch]
    for step in range(1, STEPS):
        grad[...] = gradient(param, step, 0)
        optimizer.step([param], [grad])
    assert param.dtype == np.float32
    assert [id(a) for arrays in optimizer._state for a in arrays] == state_ids
    assert [id(a) for a in optimizer._scratch] == scratch_ids
    np.testing.assert_allclose(param, DEFAULT_FINALS[name], rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("bad", [0, 0.0, -0.1, math.nan, math.inf, "0.1", None, True])
def test_bad_lr_is_rejected(bad):
    with pytest.raises(ValueError, match="^lr must be a finite number > 0"):
        optimizers.get("sgd", bad)
    optimizer = optimizers.get("adam", 0.1)
    with pytest.raises(ValueError, match="^lr must be a finite number > 0"):
        optimizer.lr = bad
    assert optimizer.lr == 0.1


def test_lr_is_a_plain_float():
    optimizer = optimizers.get("sgd", np.float32(0.5))
    assert type(optimizer.lr) is float and optimizer.lr == 0.5
    optimizer.lr = 2
    assert type(optimizer.lr) is float and optimizer.lr == 2.0


def test_unknown_name_lists_the_known_ones():
    with pytest.raises(ValueError, match="unknown optimizer 'lbfgs'; known: sgd, momentum, "):
        optimizers.get("lbfgs", 0.1)


@pytest.mark.parametrize(("name", "option", "allowed"), [
    ("sgd", "momentum", "none"),
    ("momentum", "nesterov", "momentum"),
    ("adam", "weight_decay", "betas, eps"),
    ("rmsprop", "betas", "alpha, eps"),
    ("adagrad", "lr_decay", "eps"),
])
def test_unknown_option_is_named(name, option, allowed):
    with pytest.raises(ValueError, match=f"unknown option '{option}' for optimizer '{name}'; "
                                         f"allowed: {allowed}$"):
        optimizers.get(name, 0.1, **{option: 0.5})


@pytest.mark.parametrize(("name", "options", "message"), [
    ("momentum", {"momentum": -0.5}, "momentum must be a number in"),
    ("nesterov", {"momentum": 0.0}, "momentum must be > 0 for nesterov"),
    ("adagrad", {"eps": -1.0}, "eps must be a number in"),
    ("rmsprop", {"alpha": 1.5}, "alpha must be a number in"),
    ("rmsprop", {"eps": math.nan}, "eps must be a number in"),
    ("adam", {"betas": (1.0, 0.999)}, r"betas\[0\] must be a number in"),
    ("adam", {"betas": (0.9, -0.1)}, r"betas\[1\] must be a number in"),
    ("adam", {"betas": 0.9}, "betas must be a pair"),
    ("adam", {"eps": "tiny"}, "eps must be a number in"),
])
def test_bad_option_value_is_named(name, options, message):
    with pytest.raises(ValueError, match=message):
        optimizers.get(name, 0.1, **options)
