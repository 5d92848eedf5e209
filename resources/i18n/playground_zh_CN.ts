<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivationView</name>
    <message>
        <source>The highlighted activation's formula, as the engine computes it.</source>
        <translation>高亮的激活函数的公式，与引擎的计算方式一致。</translation>
    </message>
</context>
<context>
    <name>ConceptsPanel</name>
    <message>
        <source>Activations</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Every activation f(z) and its derivative f′(z).</source>
        <translation>每个激活函数 f(z) 及其导数 f′(z)。</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>Every loss and its gradient, to compare how hard each one pushes.</source>
        <translation>每个损失函数及其梯度，比较各自推动学习的力度。</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <source>Gradient descent on a single weight, step by step.</source>
        <translation>在单个权重上一步一步地做梯度下降。</translation>
    </message>
    <message>
        <source>Optimizers</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Optimizers racing down one surface from one start.</source>
        <translation>多个优化器从同一起点沿同一曲面赛跑下山。</translation>
    </message>
</context>
<context>
    <name>CurveList</name>
    <message>
        <source>Tick a name to draw its curve; click a name to highlight it.</source>
        <translation>勾选名称以画出其曲线；点击名称将其高亮。</translation>
    </message>
</context>
<context>
    <name>DescentView</name>
    <message>
        <source>creeping</source>
        <translation>缓慢爬行</translation>
    </message>
    <message>
        <source>each step covers less than a tenth of the way</source>
        <translation>每一步走不到剩余距离的十分之一</translation>
    </message>
    <message>
        <source>converging</source>
        <translation>收敛</translation>
    </message>
    <message>
        <source>w slides to the minimum from one side</source>
        <translation>w 从一侧滑向最小值</translation>
    </message>
    <message>
        <source>oscillating</source>
        <translation>振荡</translation>
    </message>
    <message>
        <source>w jumps across the minimum, but the jumps shrink</source>
        <translation>w 在最小值两侧来回跳，但跳动越来越小</translation>
    </message>
    <message>
        <source>diverging</source>
        <translation>发散</translation>
    </message>
    <message>
        <source>every jump overshoots further than the last</source>
        <translation>每一次跳跃都比上一次冲得更远</translation>
    </message>
    <message>
        <source>MSE: fit y = 2x</source>
        <translation>均方误差：拟合 y = 2x</translation>
    </message>
    <message>
        <source>Cross-entropy: logistic regression</source>
        <translation>交叉熵：逻辑回归</translation>
    </message>
    <message>
        <source>The one-weight model and loss to descend.</source>
        <translation>要做梯度下降的单权重模型及其损失函数。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Move w by one gradient step: w ← w − lr · slope.</source>
        <translation>让 w 走一步梯度下降：w ← w − lr · 斜率。</translation>
    </message>
    <message>
        <source>Take five steps a second until paused or diverged.</source>
        <translation>每秒走五步，直到暂停或发散。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Put w back at its start and clear the trail.</source>
        <translation>把 w 放回起点并清除轨迹。</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Learning rate on a log scale: watch the regime change.</source>
        <translation>对数刻度上的学习率：观察下降状态如何变化。</translation>
    </message>
    <message>
        <source>What gradient descent does at this learning rate.</source>
        <translation>在这个学习率下梯度下降的表现。</translation>
    </message>
    <message>
        <source>Where the regimes change, from the loss's curvature L''.</source>
        <translation>各状态的分界点，由损失函数的曲率 L'' 算出。</translation>
    </message>
    <message>
        <source>The step count and where the marker is.</source>
        <translation>已走的步数和标记点所在的位置。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Minimum at w* = {minimum}, curvature L″ = {curvature}: creeping below lr = {creep}, oscillating above 1/L″ = {oscillate}, diverging above 2/L″ = {diverge}.</source>
        <translation>最小值在 w* = {minimum}，曲率 L″ = {curvature}：lr 低于 {creep} 时缓慢爬行，高于 1/L″ = {oscillate} 时振荡，高于 2/L″ = {diverge} 时发散。</translation>
    </message>
    <message>
        <source>step {steps} · w = {w} · L(w) = {loss} · slope dL/dw = {slope}</source>
        <translation>第 {steps} 步 · w = {w} · L(w) = {loss} · 斜率 dL/dw = {slope}</translation>
    </message>
    <message>
        <source>&lt;b style='color:{color}'&gt;diverged&lt;/b&gt;: w left the plot, Reset</source>
        <translation>&lt;b style='color:{color}'&gt;已发散&lt;/b&gt;：w 已离开图像范围，请重置</translation>
    </message>
    <message>
        <source>lr = {lr}: &lt;b style='color:{color}'&gt;{regime}&lt;/b&gt;, {meaning} (near the minimum each step scales the gap by 1 − lr·L″ = {factor})</source>
        <translation>lr = {lr}：&lt;b style='color:{color}'&gt;{regime}&lt;/b&gt;，{meaning}（在最小值附近，每一步把与最小值的差距乘以 1 − lr·L″ = {factor}）</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>A disc inside a ring</source>
        <translation>环中有一个圆盘</translation>
    </message>
    <message>
        <source>Four quadrants, alternating</source>
        <translation>四个象限，类别交替</translation>
    </message>
    <message>
        <source>Two Gaussian blobs</source>
        <translation>两团高斯分布的点</translation>
    </message>
    <message>
        <source>Two interleaved spirals</source>
        <translation>两条交错的螺旋</translation>
    </message>
    <message>
        <source>A spiral with k arms</source>
        <translation>有 k 条臂的螺旋</translation>
    </message>
    <message>
        <source>k Gaussian blobs on a ring</source>
        <translation>环上的 k 团高斯分布的点</translation>
    </message>
    <message>
        <source>Two interleaved half moons</source>
        <translation>两个交错的半月</translation>
    </message>
    <message>
        <source>A tilted plane, (x + y) / 10</source>
        <translation>倾斜的平面，(x + y) / 10</translation>
    </message>
    <message>
        <source>Six signed bumps</source>
        <translation>六个有正有负的凸起</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>Playground</source>
        <translation>训练场</translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation>概念</translation>
    </message>
    <message>
        <source>Activations, losses and gradient descent explained; training goes on meanwhile.</source>
        <translation>讲解激活函数、损失函数和梯度下降；训练同时继续。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
</context>
<context>
    <name>LossView</name>
    <message>
        <source>p, the predicted probability of the true class</source>
        <translation>p，真实类别的预测概率</translation>
    </message>
    <message>
        <source>d loss / d s_true</source>
        <translation>d 损失 / d s_true</translation>
    </message>
    <message>
        <source>Two classes, one sample: scores [z/2, −z/2] with z = logit(p), label 0. On a confident mistake (p → 0) the MSE gradient vanishes, so learning stalls; cross-entropy's stays near −1 and keeps pushing.</source>
        <translation>两个类别、一个样本：得分为 [z/2, −z/2]，其中 z = logit(p)，标签为 0。对于很有把握的错误预测 (p → 0)，均方误差的梯度趋于消失，学习停滞；交叉熵的梯度保持在 −1 附近，继续推动学习。</translation>
    </message>
    <message>
        <source>e = prediction − target</source>
        <translation>e = 预测值 − 真实值</translation>
    </message>
    <message>
        <source>d loss / d prediction</source>
        <translation>d 损失 / d 预测值</translation>
    </message>
    <message>
        <source>One sample, target 0. MSE's gradient grows with the error (outliers pull hard), MAE's is always ±1, Huber's grows with the error up to δ = 1 and then stays at ±1.</source>
        <translation>一个样本，真实值为 0。均方误差的梯度随误差增大（离群点拉得很猛）；平均绝对误差的梯度始终为 ±1；Huber 损失的梯度在 δ = 1 以内随误差增大，之后保持为 ±1。</translation>
    </message>
    <message>
        <source>Show the losses for classification or for regression.</source>
        <translation>显示分类或回归的损失函数。</translation>
    </message>
    <message>
        <source>How the curves are made, and what to look for in them.</source>
        <translation>曲线是怎样画出来的，以及从中该看什么。</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>S 型函数</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>双曲正切</translation>
    </message>
    <message>
        <source>relu</source>
        <translation>线性整流</translation>
    </message>
    <message>
        <source>leaky_relu</source>
        <translation>带泄漏线性整流</translation>
    </message>
    <message>
        <source>elu</source>
        <translation>指数线性单元</translation>
    </message>
    <message>
        <source>softplus</source>
        <translation>平滑整流</translation>
    </message>
    <message>
        <source>gelu</source>
        <translation>高斯误差线性单元</translation>
    </message>
    <message>
        <source>silu</source>
        <translation>S 型线性单元</translation>
    </message>
    <message>
        <source>sine</source>
        <translation>正弦</translation>
    </message>
    <message>
        <source>cross_entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <source>mse</source>
        <translation>均方误差</translation>
    </message>
    <message>
        <source>bce</source>
        <translation>二元交叉熵</translation>
    </message>
    <message>
        <source>hinge</source>
        <translation>合页损失</translation>
    </message>
    <message>
        <source>focal</source>
        <translation>焦点损失</translation>
    </message>
    <message>
        <source>mae</source>
        <translation>平均绝对误差</translation>
    </message>
    <message>
        <source>huber</source>
        <translation>Huber 损失</translation>
    </message>
    <message>
        <source>sgd</source>
        <translation>随机梯度下降</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>nesterov</source>
        <translation>Nesterov 动量</translation>
    </message>
    <message>
        <source>adagrad</source>
        <translation>自适应梯度</translation>
    </message>
    <message>
        <source>rmsprop</source>
        <translation>均方根传播</translation>
    </message>
    <message>
        <source>adam</source>
        <translation>自适应矩估计</translation>
    </message>
    <message>
        <source>xavier</source>
        <translation>Xavier 均匀</translation>
    </message>
    <message>
        <source>he</source>
        <translation>He 正态</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>均匀</translation>
    </message>
    <message>
        <source>zeros</source>
        <translation>全零</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>l1</source>
        <translation>L1 正则化</translation>
    </message>
    <message>
        <source>l2</source>
        <translation>L2 正则化</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>圆环</translation>
    </message>
    <message>
        <source>xor</source>
        <translation>异或</translation>
    </message>
    <message>
        <source>gauss</source>
        <translation>高斯</translation>
    </message>
    <message>
        <source>spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <source>spiral_k</source>
        <translation>多臂螺旋</translation>
    </message>
    <message>
        <source>blobs</source>
        <translation>团簇</translation>
    </message>
    <message>
        <source>moons</source>
        <translation>双月</translation>
    </message>
    <message>
        <source>plane</source>
        <translation>斜面</translation>
    </message>
    <message>
        <source>reg_gauss</source>
        <translation>高斯凸起</translation>
    </message>
    <message>
        <source>ravine</source>
        <translation>峡谷</translation>
    </message>
    <message>
        <source>rosenbrock</source>
        <translation>香蕉函数</translation>
    </message>
    <message>
        <source>beale</source>
        <translation>Beale 函数</translation>
    </message>
    <message>
        <source>saddle</source>
        <translation>鞍面</translation>
    </message>
    <message>
        <source>himmelblau</source>
        <translation>Himmelblau 函数</translation>
    </message>
</context>
<context>
    <name>RaceView</name>
    <message>
        <source>SGD zig-zags across the narrow valley; momentum overshoots the minimum and rolls back; Adagrad's steps shrink as its squared gradients add up; Adam takes steps of about the same size in x and y, so it cuts across the valley and curves in.</source>
        <translation>SGD 在狭窄的山谷里来回呈之字形；Momentum 冲过最小值后又滚回来；AdaGrad 的步子随梯度平方的累加而变小；Adam 在 x 和 y 方向上的步长大致相同，所以它斜穿山谷、弯向最小值。</translation>
    </message>
    <message>
        <source>Race {name} (the same update rule that trains the network).</source>
        <translation>让 {name} 参加赛跑（与训练网络时相同的更新规则）。</translation>
    </message>
    <message>
        <source>{name}'s learning rate; changes apply at the next step.</source>
        <translation>{name} 的学习率；改动从下一步起生效。</translation>
    </message>
    <message>
        <source>{name}'s {option}</source>
        <translation>{name} 的 {option}</translation>
    </message>
    <message>
        <source>The surface's value where {name} is now.</source>
        <translation>{name} 当前所在位置的曲面值。</translation>
    </message>
    <message>
        <source>The surface to race on; click it to move the start.</source>
        <translation>赛跑所在的曲面；点击曲面可移动起点。</translation>
    </message>
    <message>
        <source>Textbook race</source>
        <translation>教材赛跑</translation>
    </message>
    <message>
        <source>SGD 0.95, momentum 0.1, Adagrad 1.5, Adam 0.3 on x²/20 + y² from (-7, 2), as in Saito's chapter 6.</source>
        <translation>SGD 0.95、Momentum 0.1、AdaGrad 1.5、Adam 0.3，在 x²/20 + y² 上从 (-7, 2) 出发，同斋藤康毅《深度学习入门》第 6 章。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>One step for every optimizer.</source>
        <translation>每个优化器走一步。</translation>
    </message>
    <message>
        <source>Step every optimizer again and again until paused.</source>
        <translation>让每个优化器一步接一步地走，直到暂停。</translation>
    </message>
    <message>
        <source>{n} steps/s</source>
        <translation>每秒 {n} 步</translation>
    </message>
    <message>
        <source>How fast Play steps.</source>
        <translation>开始后每秒走几步。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Every optimizer back at the start, its state forgotten.</source>
        <translation>每个优化器回到起点，并清空其内部状态。</translation>
    </message>
    <message>
        <source>What to look for in this race.</source>
        <translation>这场赛跑中值得留意的地方。</translation>
    </message>
    <message>
        <source>Optimizers, learning rates and options:</source>
        <translation>优化器、学习率和选项：</translation>
    </message>
    <message>
        <source>Click the surface to start from another point; change a learning rate while they run.</source>
        <translation>点击曲面可从另一点出发；赛跑进行中也可以修改学习率。</translation>
    </message>
    <message>
        <source>Not applied to {name}: {reason}</source>
        <translation>未应用于 {name}：{reason}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>loss now</source>
        <translation>当前损失</translation>
    </message>
    <message>
        <source>diverged at step {step}</source>
        <translation>第 {step} 步发散</translation>
    </message>
    <message>
        <source>not finite</source>
        <translation>非有限值</translation>
    </message>
</context>
<context>
    <name>RunBar</name>
    <message>
        <source>max speed</source>
        <translation>最快</translation>
    </message>
    <message>
        <source>1 epoch/s</source>
        <translation>1 轮/秒</translation>
    </message>
    <message>
        <source>{n} epochs/s</source>
        <translation>{n} 轮/秒</translation>
    </message>
    <message>
        <source>Start or pause training (Space).</source>
        <translation>开始或暂停训练（空格键）。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Train one epoch while paused (Right arrow; Shift+Right: one batch).</source>
        <translation>暂停时训练一轮（右方向键；Shift+右方向键：一批）。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Start again from fresh weights (R).</source>
        <translation>用新的初始权重重新开始（R）。</translation>
    </message>
    <message>
        <source>Slow training down to explain it, or let it run at full speed.</source>
        <translation>放慢训练以便讲解，或全速运行。</translation>
    </message>
    <message>
        <source>The run the canvas, diagram, plots and these numbers show: click a run's tile to show another.</source>
        <translation>画布、网络图、曲线和这些数字所显示的运行：点击某个运行的卡片即可切换。</translation>
    </message>
    <message>
        <source>Epochs trained: one epoch is one pass over the training points.</source>
        <translation>已训练的轮数：一轮即把训练数据完整过一遍。</translation>
    </message>
    <message>
        <source>The latest train and test loss and accuracy, and training speed.</source>
        <translation>最新的训练与测试损失、准确率和训练速度。</translation>
    </message>
    <message>
        <source>▶  Play</source>
        <translation>▶  开始</translation>
    </message>
    <message>
        <source>❚❚  Pause</source>
        <translation>❚❚  暂停</translation>
    </message>
    <message>
        <source>Run {name}</source>
        <translation>运行 {name}</translation>
    </message>
    <message>
        <source>Epoch {n}</source>
        <translation>第 {n} 轮</translation>
    </message>
    <message>
        <source>diverged in epoch {n}</source>
        <translation>在第 {n} 轮发散</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>train acc</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>test acc</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>train RMSE</source>
        <translation>训练 RMSE</translation>
    </message>
    <message>
        <source>test RMSE</source>
        <translation>测试 RMSE</translation>
    </message>
    <message>
        <source>paused (was {n} epochs/s)</source>
        <translation>已暂停（此前 {n} 轮/秒）</translation>
    </message>
    <message>
        <source>Press Space to train.</source>
        <translation>按空格键开始训练。</translation>
    </message>
</context>
</TS>